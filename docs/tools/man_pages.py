"""What the man pages need beyond Sphinx's man builder: a one-line page
(".so man3/<page>.3") for every symbol documented on a man page, as curl and
POSIX do, so that `man 3 SS_DECLINED` and `man 3 MsgrSessionStateName` find
their reference. Stale links go."""

import os


def links(header, man_dir):
    # The macros are on the C helpers' page, msgrpriv(3).
    targets = {name: "msgrpriv" for name, member in header.members.items() if member.get("kind") == "define"}
    for enumeration in header.enumerations:
        names = [enumeration.tag, enumeration.list_macro, *(f.name for f in enumeration.helpers.values())]
        names += [c.name for c in enumeration.constants]
        targets.update({name: enumeration.type_name for name in names})
    pages = {name[:-2] for name in os.listdir(man_dir) if name.endswith(".3")}
    for name in pages - set(targets) - set(targets.values()) - {"msgrpriv"}:
        os.remove(os.path.join(man_dir, name + ".3"))  # a symbol that went away
    for name, target in sorted(targets.items()):
        path = os.path.join(man_dir, name + ".3")
        text = f".so man3/{target}.3\n"
        if not os.path.exists(path) or _read(path) != text:
            with open(path, "w", encoding="utf-8") as stream:
                stream.write(text)


def _read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()
