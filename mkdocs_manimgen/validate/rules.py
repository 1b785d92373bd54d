"""The data tables behind :mod:`mkdocs_manimgen.validate.static` (TeX's are in :mod:`.tex`).

Scene code may come from an LLM that anyone's prompt can steer, and it runs during the
docs build. The tables are deliberately broad: a scene never needs the file system, the
environment, other programs or Python's introspection, so refusing all of it costs
ordinary scenes nothing. Anything a static check cannot see (loops, memory) is left to the
render sandbox.
"""

from __future__ import annotations

import re
import string

# Builtins (and module-level magic) that execute code, reach the interpreter's internals or
# the outside world. Refused as names, and as attribute names (``builtins.eval``).
FORBIDDEN_BUILTINS: dict[str, str] = {
    "open": "scene code may not touch files",
    "exec": "scene code may not run dynamically built code",
    "eval": "scene code may not run dynamically built code",
    "compile": "scene code may not run dynamically built code",
    "__import__": "imports must be plain import statements",
    "globals": "scene code may not inspect interpreter namespaces",
    "locals": "scene code may not inspect interpreter namespaces",
    "vars": "scene code may not inspect interpreter namespaces",
    "breakpoint": "the build is not interactive",
    "input": "the build is not interactive",
    "help": "the build is not interactive",
    "exit": "a scene must not stop the build",
    "quit": "a scene must not stop the build",
    "memoryview": "scene code may not touch raw memory",
    "__builtins__": "scene code may not reach the builtins module",
    "__loader__": "scene code may not reach the module loader",
    "__spec__": "scene code may not reach the module loader",
    "__file__": "scene code may not learn paths on the build machine",
    "license": "the build is not interactive",  # these page and wait for input
    "credits": "the build is not interactive",
    "copyright": "the build is not interactive",
}

# getattr & co. are fine with a literal, public attribute name; anything else can spell a
# forbidden name at run time ("__glo" + "bals__").
ATTR_FUNCS = frozenset({"getattr", "setattr", "delattr", "hasattr"})

# Module names and manim exports that give access to the file system, the environment or
# other programs. Refused as bare names unless the code binds the name itself.
FORBIDDEN_GLOBALS: dict[str, str] = {
    **{m: "this module is not available to scenes" for m in (
        "os", "sys", "subprocess", "shutil", "pathlib", "Path", "importlib", "ctypes",
        "pickle", "marshal", "socket", "builtins", "io", "tempfile", "multiprocessing",
        "threading", "signal", "inspect", "gc", "types", "platform", "runpy", "pty",
        "shlex", "urllib", "http", "asyncio", "resource", "operator", "codecs", "glob",
    )},
    # manim's star import exports its own subpackages; they lead to file and process helpers
    **{m: "manim's internal subpackages are not available to scenes; use the names `from manim import *` gives" for m in (
        "animation", "camera", "core", "data_structures", "manager", "mobject", "opengl",
        "plugins", "renderer", "scene", "utils",
    )},
    "console": "the build's console is not available to scenes",
    "error_console": "the build's console is not available to scenes",
    "logger": "the build's logger is not available to scenes",
    "tempconfig": "scenes may not change manim's configuration",
    "open_file": "scenes may not open files or programs",
    "open_media_file": "scenes may not open files or programs",
    "guarantee_existence": "scenes may not create directories",
    "guarantee_empty_existence": "scenes may not create directories",
    "register_font": "scenes may not load font files",
    "capture": "scenes may not run programs",
    **{f: "scenes may not look at files or run programs" for f in (
        "get_dir_layout", "get_video_metadata", "ensure_executable", "modify_atime",
        "seek_full_path_from_defaults", "get_full_raster_image_path", "get_full_sound_file_path",
        "SceneFileWriter", "get_plugins", "list_plugins",
    )},
    "Typst": "Typst source can read files; use Tex or MathTex",
    "MathTypst": "Typst source can read files; use Tex or MathTex",
    "attrgetter": "attribute access by string is not allowed",
    "methodcaller": "attribute access by string is not allowed",
    "get_type_hints": "evaluating annotations runs code",
    "ForwardRef": "evaluating annotations runs code",
}

_FS = "scene code may not touch the file system"
_PROC = "scene code may not run programs or change processes"
_INTRO = "scene code may not reach interpreter internals"
# Attribute names refused on any receiver: static code cannot know the receiver's type, and
# none of these is needed by a scene. Not `remove`: Scene.remove/VGroup.remove/list.remove are
# everyday calls, and os (the only module whose remove deletes files) cannot be reached.
FORBIDDEN_ATTRS: dict[str, str] = {
    **{a: _PROC for a in (
        "system", "popen", "spawnl", "spawnv", "spawnve", "spawnlp", "execv", "execve",
        "execl", "execvp", "fork", "forkpty", "kill", "killpg", "_exit", "posix_spawn",
        "Popen", "check_output", "check_call", "run_module", "capture",
    )},
    **{a: "scene code may not read the environment" for a in ("environ", "environb", "getenv", "putenv", "unsetenv")},
    **{a: _FS for a in (
        "unlink", "rmtree", "rmdir", "removedirs", "mkdir", "makedirs", "rename",
        "renames", "symlink", "symlink_to", "hardlink_to", "link", "chmod", "chown", "truncate",
        "write_text", "write_bytes", "read_text", "read_bytes", "open", "load", "loads", "save",
        "savez", "savez_compressed", "savetxt", "fromfile", "tofile", "loadtxt", "genfromtxt",
        "fromregex", "memmap", "DataSource", "dump", "write", "writelines", "read", "readline",
        "readlines", "listdir", "scandir", "iterdir", "walk", "glob", "rglob", "getcwd", "chdir",
        "cwd", "home", "expanduser", "save_image", "file_writer", "open_file", "open_media_file",
        "guarantee_existence", "from_file", "register_font", "touch", "copyfile", "copytree",
        "get_dir_layout", "get_video_metadata", "ensure_executable", "modify_atime",
        "seek_full_path_from_defaults", "get_full_raster_image_path", "get_full_sound_file_path",
    )},
    **{a: "this module is not available to scenes" for a in (
        "os", "sys", "subprocess", "builtins", "types", "importlib", "import_module", "ctypes",
        "ctypeslib", "pickle", "marshal", "socket", "shutil", "pathlib", "lib", "f2py",
        "distutils", "testing", "operator", "stdlib_re", "contextlib", "warnings", "io",
        "inspect", "gc", "codecs", "_os", "_sys", "utils", "plugins",
    )},
    **{a: _INTRO for a in (
        "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code", "f_globals",
        "f_locals", "f_back", "f_builtins", "f_code", "tb_frame", "tb_next", "co_code",
        "func_globals", "mro", "get_type_hints", "attrgetter", "methodcaller",
    )},
    "tex_compiler": "scenes may not choose the program that compiles LaTeX",
    "console": "the build's console is not available to scenes",
    "save_html": _FS, "save_text": _FS, "save_svg": _FS,
}
for _name, _why in FORBIDDEN_BUILTINS.items():
    FORBIDDEN_ATTRS.setdefault(_name, _why)

# Dunder names that are harmless to read / write as plain names.
ALLOWED_DUNDER_NAMES = frozenset({"__name__", "__doc__", "__slots__", "__all__"})
# Dunder attributes that only give a string (type(self).__name__ for a title).
ALLOWED_DUNDER_ATTRS = frozenset({"__name__", "__doc__", "__qualname__"})
# Star imports that would bring file functions (np.load, np.save, ...) in as bare names.
NO_STAR_IMPORT = ("numpy",)

# manim / numpy submodules that wrap files, processes or the configuration.
FORBIDDEN_SUBMODULES = (
    "manim.utils.commands", "manim.utils.file_ops", "manim.utils.tex_file_writing",
    "manim.utils.module_ops", "manim.utils.ipython_magic", "manim.utils.docbuild",
    "manim.utils.caching", "manim.utils.sounds", "manim.utils.testing", "manim.scene.scene_file_writer",
    "manim.cli", "manim.plugins", "manim._config", "manim.__main__", "manim.renderer",
    "numpy.lib", "numpy.ctypeslib", "numpy.f2py", "numpy.distutils", "numpy.testing",
)

# Calls whose first argument (or keyword) is a file to read: only a plain relative path
# literal inside the working directory is allowed (or, for images, an array expression).
PATH_ARGS: dict[str, tuple[str, ...]] = {
    "ImageMobject": ("filename_or_array",),
    "OpenGLImageMobject": ("filename_or_array",),
    "SVGMobject": ("file_name",),
    "Code": ("code_file", "file_name"),
    "add_sound": ("sound_file",),
}
# Keyword arguments refused in any call.
FORBIDDEN_KEYWORDS: dict[str, str] = {
    "tex_compiler": "scenes may not choose the program that compiles LaTeX",
    "metaclass": "custom metaclasses are not needed for scenes",
}
# The name of manim's global configuration object (read it, never change it).
CONFIG_NAME = "config"

# A string that is nothing but a (dotted) attribute path containing a dunder, e.g. "__globals__".
DUNDER_PATH_RE = re.compile(r"^[\w.\[\]]*__\w+__[\w.\[\]]*$")
_FIELD_PART = re.compile(r"\.([^.\[]*)|\[([^\]]*)\]")


def format_field_problem(s: str, depth: int = 0) -> str | None:
    """The first private/forbidden attribute a str.format field would read, e.g. '{0.__class__}'."""
    if "{" not in s or depth > 3:
        return None
    try:
        fields = list(string.Formatter().parse(s))
    except (ValueError, TypeError):
        return None
    for _text, name, spec, _conv in fields:
        if name:
            for attr, key in _FIELD_PART.findall(name[len(re.match(r"[^.\[]*", name).group(0)):]):
                part = (attr or key).strip()
                if part.startswith("_") or (attr and part in FORBIDDEN_ATTRS):
                    return part
        if spec and (bad := format_field_problem(spec, depth + 1)):
            return bad
    return None


def safe_path(path: str) -> bool:
    """A relative path that stays inside the working directory."""
    p = path.replace("\\", "/")
    return bool(p) and not p.startswith(("/", "~")) and ":" not in p and ".." not in p.split("/")
