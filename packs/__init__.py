"""Office content packs: reading an office's starter content from site/demo/<office>/
and handing each section to the app that owns it (its content_pack.py), plus home's
own sections and `load_demo`."""
