#ifndef KCGRAPHICS_H
#define KCGRAPHICS_H
// Cairo, Pango and fontconfig opened with dlopen on first use instead of at start-up:
// loading their ~40 shared libraries costs a process ~8 ms, which a build spends on
// another thread while it reads its inputs. Only KCGraphics imports this.

// Opens the libraries and resolves every function KCGraphics calls, once per process;
// a second caller waits for the first. Returns NULL when it worked, else what went
// wrong (the dlopen or dlsym message), valid for the life of the process.
const char *kc_graphics_load(void);

#endif
