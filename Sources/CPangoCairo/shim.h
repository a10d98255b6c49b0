// Pango on Cairo, with its fontconfig font map and fontconfig itself, for KCGraphics only.
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
