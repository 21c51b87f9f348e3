/*
 * msgrpriv_every_list.h - every constant of every header of the package, as
 * X-macro lists grouped by header and type: for a decoder that knows them all.
 *
 * The part between the "@generated" and "@end" lines is written by
 * scripts/generate_header.py from data/enumerations.toml.
 *
 * SPDX-License-Identifier: MIT
 */

/**
 * @file msgrpriv_every_list.h
 * @brief Every header's lists (msgrpriv_lists.h, msgrua_lists.h,
 *        mdisp_lists.h, basicim_lists.h), and #MSGRPRIV_EVERY_HEADER, which
 *        reaches every constant of every type, grouped by header and type:
 *
 *     #define ROW(name, value, meaning) {#name, value, meaning},
 *     #define TYPE(TYPE, Prefix, LIST) LIST(ROW)
 *     #define HEADER(header, LISTS) LISTS(TYPE)
 *     static const struct { const char *name; long value; const char *meaning; } all[] = {
 *         MSGRPRIV_EVERY_HEADER(HEADER)};
 *
 * A type two headers provide (MSGRConstants: msgrua.h and mdisp.h) is listed
 * once, under the header that declares it.
 */
#ifndef MSGRPRIV_EVERY_LIST_H
#define MSGRPRIV_EVERY_LIST_H
/* NOLINTBEGIN(cppcoreguidelines-macro-usage) */

/* @generated every: from data/enumerations.toml by scripts/generate_header.py */
#include "msgrpriv_lists.h" /* IWYU pragma: export */
#include "msgrua_lists.h" /* IWYU pragma: export */
#include "mdisp_lists.h" /* IWYU pragma: export */
#include "basicim_lists.h" /* IWYU pragma: export */

/**
 * @brief Every header of the package, in its order, as `X("header.h", LISTS)`: `LISTS` is that
 *        header's list of lists (`X(TYPE, Prefix, LIST)` rows), so that every constant of every
 *        type is reached, grouped by header and type, each type once.
 */
#define MSGRPRIV_EVERY_HEADER(X) \
  X("msgrpriv.h", MSGRPRIV_LISTS) \
  X("msgrua.h", MSGRPRIV_MSGRUA_LISTS) \
  X("mdisp.h", MSGRPRIV_MDISP_LISTS) \
  X("basicim.h", MSGRPRIV_BASICIM_LISTS)

/**
 * @brief Every constant whose page writes another value than the package's (which corrects it, with
 *        evidence: see the errata), as `X(TYPE, name, value, written)`: `value` as the page gives
 *        it (an int, as in the lists), `written` as the page writes it. A decoder finds the
 *        constant by either value.
 */
#define MSGRPRIV_PAGE_VALUES(X) \
  X(MSGRConstants, MSGR_E_IE_OFFLINE, -2130705530, "MSGR_E(0x0086)") /* 0x81000386 */

/**
 * @brief Every enumeration Microsoft lists but marks not supported (no constants, no C type), as
 *        `X(NAME, sentence)`: its name and its page's sentence, so that a decoder finds it by name.
 */
#define MSGRPRIV_UNSUPPORTED(X) \
  X(BASICIM_Constants, "This enumeration is not supported.") \
  X(BIMUSERPROPERTY, "This enumeration is not supported.") \
  X(FONTSIZE, "This enumeration is not supported.") \
  X(INFOBAR, "This enumeration is not supported.") \
  X(MCONNECTIONTYPE, "This enumeration is not supported.") \
  X(MFILETRANSFER_FLAGS, "This enumeration is not supported.") \
  X(MFIRSTTIME_FLAGS, "This enumeration is not supported.") \
  X(MFOLDER, "This enumeration is not supported.") \
  X(MINVITE_FLAGS, "This enumeration is not supported.") \
  X(MLOCALOPTION, "This enumeration is not supported.") \
  X(MLOCALOPTION_LIMITS, "This enumeration is not supported.") \
  X(MMSGPRIVACY, "This enumeration is not supported.") \
  X(MMSGTYPE, "This enumeration is not supported.") \
  X(MPFLFIELD, "This enumeration is not supported.") \
  X(MPROMPT, "This enumeration is not supported.") \
  X(MPROXYTYPE, "This enumeration is not supported.") \
  X(MSERVICE_FLAGS, "This enumeration is not supported.") \
  X(MSVCSTATUS, "This enumeration is not supported.") \
  X(MUPDATE_FLAGS, "This enumeration is not supported.") \
  X(MURLTYPE, "This enumeration is not supported.") \
  X(MUSERPROPERTY, "This enumeration is not supported.") \
  X(SSTATE, "This enumeration is not supported.") \
  X(VOICESESSIONSTATE, "This enumeration is not supported.")
/* @end every */

/* NOLINTEND(cppcoreguidelines-macro-usage) */
#endif /* MSGRPRIV_EVERY_LIST_H */
