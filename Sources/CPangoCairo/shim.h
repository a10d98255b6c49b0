// Pango on Cairo, with its fontconfig font map and fontconfig itself, for KCGraphics only;
// Cairo's FreeType faces, which KCGraphics opens ahead of drawing (see CairoFaces).
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo-ft.h>
