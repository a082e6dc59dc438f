"""forumdesk: run in-person listening forums offline, with anonymous answers from phones."""

import os as _os

__version__ = "0.1.0"

# One BLAS thread for numpy (themes: 1,000 x 256 matrices). On a 2-core laptop OpenBLAS's own
# threads spin against the GUI thread and against each other; measured with benchmarks/bigroom.py,
# theme suggestions for 1,000 answers take several times longer with the default. Set here, the
# first forumdesk module any entry point imports, because numpy is loaded early and indirectly
# (sqlite_utils imports it when present) and reads these only when it is first imported.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")
