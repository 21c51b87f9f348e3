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
/* @end every */

/* NOLINTEND(cppcoreguidelines-macro-usage) */
#endif /* MSGRPRIV_EVERY_LIST_H */
