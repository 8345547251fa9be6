#!/usr/bin/env python3
"""Lists what each call, reference and type name in one source file
resolves to, as qualified names without inline namespaces (the form the
rule packs use), one per line: `LINE:COL KIND NAME`.

Usage: names.py LIBCLANG FILE -- COMPILER-ARGS...   (@FILE reads arguments)

Names inside macro expansions are left out: the macros themselves differ
between a library and its declaration-only stand-in, what they define is
compared where the file uses it. Exits 1 if the file does not compile
without errors (each error printed), so two lists can only be compared when
both sides parsed.
"""
import ctypes
import sys

import clang.cindex as ci

KINDS = {
    ci.CursorKind.CALL_EXPR: "call",
    ci.CursorKind.DECL_REF_EXPR: "ref",
    ci.CursorKind.MEMBER_REF_EXPR: "member",
    ci.CursorKind.TYPE_REF: "type",
    ci.CursorKind.TEMPLATE_REF: "template",
    ci.CursorKind.NAMESPACE_REF: "namespace",
}


def qualified(cursor, is_inline):
    parts = [cursor.spelling]
    parent = cursor.semantic_parent
    while parent is not None and parent.kind != ci.CursorKind.TRANSLATION_UNIT:
        if parent.kind == ci.CursorKind.NAMESPACE:
            if not is_inline(parent):
                parts.append(parent.spelling or "(anonymous)")
        elif parent.kind == ci.CursorKind.ENUM_DECL and not parent.is_scoped_enum():
            pass
        elif parent.kind.is_declaration() and parent.spelling:
            # Classes, and the function a local variable belongs to; not
            # unnamed scopes such as extern "C++" blocks.
            parts.append(parent.spelling)
        parent = parent.semantic_parent
    return "::".join(reversed(parts))


def main():
    libclang, path = sys.argv[1], sys.argv[2]
    args = []
    for a in sys.argv[sys.argv.index("--") + 1:]:
        # @FILE: the flags isolate.py wrote, as clang's response files.
        args += open(a[1:]).read().split() if a.startswith("@") else [a]
    ci.Config.set_library_file(libclang)
    index = ci.Index.create()
    lib = ci.conf.lib
    lib.clang_Cursor_isInlineNamespace.argtypes = [ci.Cursor]
    lib.clang_Cursor_isInlineNamespace.restype = ctypes.c_uint
    is_inline = lambda c: bool(lib.clang_Cursor_isInlineNamespace(c))

    tu = index.parse(path, args=args,
                     options=ci.TranslationUnit.PARSE_DETAILED_PROCESSING_RECORD)
    errors = [d for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]
    for d in errors:
        print("error: %s:%d:%d: %s" % (d.location.file, d.location.line,
                                        d.location.column, d.spelling), file=sys.stderr)
    if errors:
        sys.exit(1)

    macros = []
    for c in tu.cursor.get_children():
        if (c.kind == ci.CursorKind.MACRO_INSTANTIATION and c.location.file
                and c.location.file.name == tu.spelling):
            macros.append((c.extent.start.offset, c.extent.end.offset))

    seen = set()
    for c in tu.cursor.walk_preorder():
        kind = KINDS.get(c.kind)
        loc = c.location
        if not kind or not loc.file or loc.file.name != tu.spelling:
            continue
        if any(b <= loc.offset <= e for b, e in macros):
            continue
        ref = c.referenced
        if ref is None or not ref.spelling:
            continue
        line = "%d:%d %s %s" % (loc.line, loc.column, kind, qualified(ref, is_inline))
        if line not in seen:
            seen.add(line)
            print(line)


if __name__ == "__main__":
    main()
