// Cairo and its PDF surface, for KCGraphics only.
#include <cairo.h>
#include <cairo-pdf.h>
