#include "kcgraphics.h"
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// kcreport is linked without Cairo, Pango and fontconfig. It defines each function
// KCGraphics calls under the library's own name — the compiler checks every signature
// against the library's header — and forwards the call to the function dlsym found.
// The definitions are hidden: the libraries, once loaded, keep calling their own
// functions, not these.

// Every function KCGraphics calls, with its parameters and the call's arguments. A new
// call in KCGraphics needs its line here: the link fails until it has one.
#define GRAPHICS_FUNCTIONS(FUNCTION, VOID_FUNCTION) \
    FUNCTION(FcBool, FcConfigAppFontAddDir, (FcConfig *config, const FcChar8 *dir), (config, dir)) \
    FUNCTION(FcConfig *, FcConfigCreate, (void), ()) \
    VOID_FUNCTION(FcConfigDestroy, (FcConfig *config), (config)) \
    FUNCTION(FcFontSet *, FcConfigGetFonts, (FcConfig *config, FcSetName set), (config, set)) \
    FUNCTION(FcBool, FcConfigParseAndLoadFromMemory, (FcConfig *config, const FcChar8 *buffer, FcBool complain), (config, buffer, complain)) \
    FUNCTION(FcBool, FcConfigSetCurrent, (FcConfig *config), (config)) \
    FUNCTION(FcFontSet *, FcFontList, (FcConfig *config, FcPattern *p, FcObjectSet *os), (config, p, os)) \
    VOID_FUNCTION(FcFontSetDestroy, (FcFontSet *s), (s)) \
    FUNCTION(FcBool, FcObjectSetAdd, (FcObjectSet *os, const char *object), (os, object)) \
    FUNCTION(FcObjectSet *, FcObjectSetCreate, (void), ()) \
    VOID_FUNCTION(FcObjectSetDestroy, (FcObjectSet *os), (os)) \
    FUNCTION(FcBool, FcPatternAddString, (FcPattern *p, const char *object, const FcChar8 *s), (p, object, s)) \
    FUNCTION(FcPattern *, FcPatternCreate, (void), ()) \
    VOID_FUNCTION(FcPatternDestroy, (FcPattern *p), (p)) \
    FUNCTION(FcResult, FcPatternGetInteger, (const FcPattern *p, const char *object, int n, int *i), (p, object, n, i)) \
    FUNCTION(FcResult, FcPatternGetString, (const FcPattern *p, const char *object, int n, FcChar8 **s), (p, object, n, s)) \
    VOID_FUNCTION(cairo_close_path, (cairo_t *cr), (cr)) \
    FUNCTION(cairo_t *, cairo_create, (cairo_surface_t *target), (target)) \
    VOID_FUNCTION(cairo_destroy, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_fill, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_fill_preserve, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_font_face_destroy, (cairo_font_face_t *font_face), (font_face)) \
    FUNCTION(cairo_status_t, cairo_font_face_status, (cairo_font_face_t *font_face), (font_face)) \
    FUNCTION(cairo_font_options_t *, cairo_font_options_create, (void), ()) \
    VOID_FUNCTION(cairo_font_options_destroy, (cairo_font_options_t *options), (options)) \
    VOID_FUNCTION(cairo_font_options_set_antialias, (cairo_font_options_t *options, cairo_antialias_t antialias), (options, antialias)) \
    VOID_FUNCTION(cairo_font_options_set_hint_metrics, (cairo_font_options_t *options, cairo_hint_metrics_t hint_metrics), (options, hint_metrics)) \
    VOID_FUNCTION(cairo_font_options_set_hint_style, (cairo_font_options_t *options, cairo_hint_style_t hint_style), (options, hint_style)) \
    FUNCTION(cairo_status_t, cairo_font_options_status, (cairo_font_options_t *options), (options)) \
    FUNCTION(cairo_font_face_t *, cairo_ft_font_face_create_for_pattern, (FcPattern *pattern), (pattern)) \
    FUNCTION(FT_Face, cairo_ft_scaled_font_lock_face, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    VOID_FUNCTION(cairo_ft_scaled_font_unlock_face, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    FUNCTION(cairo_scaled_font_t *, cairo_get_scaled_font, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_glyph_path, (cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs), (cr, glyphs, num_glyphs)) \
    FUNCTION(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height)) \
    FUNCTION(cairo_surface_t *, cairo_image_surface_create_from_png_stream, (cairo_read_func_t read_func, void *closure), (read_func, closure)) \
    FUNCTION(unsigned char *, cairo_image_surface_get_data, (cairo_surface_t *surface), (surface)) \
    FUNCTION(cairo_format_t, cairo_image_surface_get_format, (cairo_surface_t *surface), (surface)) \
    FUNCTION(int, cairo_image_surface_get_height, (cairo_surface_t *surface), (surface)) \
    FUNCTION(int, cairo_image_surface_get_stride, (cairo_surface_t *surface), (surface)) \
    FUNCTION(int, cairo_image_surface_get_width, (cairo_surface_t *surface), (surface)) \
    VOID_FUNCTION(cairo_line_to, (cairo_t *cr, double x, double y), (cr, x, y)) \
    VOID_FUNCTION(cairo_matrix_init_identity, (cairo_matrix_t *matrix), (matrix)) \
    VOID_FUNCTION(cairo_move_to, (cairo_t *cr, double x, double y), (cr, x, y)) \
    VOID_FUNCTION(cairo_new_path, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_paint, (cairo_t *cr), (cr)) \
    FUNCTION(int, cairo_pdf_surface_add_outline, (cairo_surface_t *surface, int parent_id, const char *utf8, const char *link_attribs, cairo_pdf_outline_flags_t flags), (surface, parent_id, utf8, link_attribs, flags)) \
    FUNCTION(cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points), (write_func, closure, width_in_points, height_in_points)) \
    VOID_FUNCTION(cairo_pdf_surface_set_metadata, (cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8), (surface, metadata, utf8)) \
    VOID_FUNCTION(cairo_pdf_surface_set_size, (cairo_surface_t *surface, double width_in_points, double height_in_points), (surface, width_in_points, height_in_points)) \
    VOID_FUNCTION(cairo_rectangle, (cairo_t *cr, double x, double y, double width, double height), (cr, x, y, width, height)) \
    VOID_FUNCTION(cairo_restore, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_save, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
    FUNCTION(cairo_scaled_font_t *, cairo_scaled_font_create, (cairo_font_face_t *font_face, const cairo_matrix_t *font_matrix, const cairo_matrix_t *ctm, const cairo_font_options_t *options), (font_face, font_matrix, ctm, options)) \
    VOID_FUNCTION(cairo_scaled_font_destroy, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    FUNCTION(cairo_font_face_t *, cairo_scaled_font_get_font_face, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    VOID_FUNCTION(cairo_scaled_font_glyph_extents, (cairo_scaled_font_t *scaled_font, const cairo_glyph_t *glyphs, int num_glyphs, cairo_text_extents_t *extents), (scaled_font, glyphs, num_glyphs, extents)) \
    FUNCTION(cairo_scaled_font_t *, cairo_scaled_font_reference, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    FUNCTION(cairo_status_t, cairo_scaled_font_status, (cairo_scaled_font_t *scaled_font), (scaled_font)) \
    VOID_FUNCTION(cairo_set_dash, (cairo_t *cr, const double *dashes, int num_dashes, double offset), (cr, dashes, num_dashes, offset)) \
    VOID_FUNCTION(cairo_set_line_cap, (cairo_t *cr, cairo_line_cap_t line_cap), (cr, line_cap)) \
    VOID_FUNCTION(cairo_set_line_width, (cairo_t *cr, double width), (cr, width)) \
    VOID_FUNCTION(cairo_set_scaled_font, (cairo_t *cr, const cairo_scaled_font_t *scaled_font), (cr, scaled_font)) \
    VOID_FUNCTION(cairo_set_source_rgb, (cairo_t *cr, double red, double green, double blue), (cr, red, green, blue)) \
    VOID_FUNCTION(cairo_show_page, (cairo_t *cr), (cr)) \
    FUNCTION(cairo_status_t, cairo_status, (cairo_t *cr), (cr)) \
    FUNCTION(const char *, cairo_status_to_string, (cairo_status_t status), (status)) \
    VOID_FUNCTION(cairo_stroke, (cairo_t *cr), (cr)) \
    VOID_FUNCTION(cairo_surface_destroy, (cairo_surface_t *surface), (surface)) \
    VOID_FUNCTION(cairo_surface_finish, (cairo_surface_t *surface), (surface)) \
    VOID_FUNCTION(cairo_surface_flush, (cairo_surface_t *surface), (surface)) \
    FUNCTION(cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface)) \
    FUNCTION(cairo_status_t, cairo_surface_write_to_png_stream, (cairo_surface_t *surface, cairo_write_func_t write_func, void *closure), (surface, write_func, closure)) \
    VOID_FUNCTION(cairo_tag_begin, (cairo_t *cr, const char *tag_name, const char *attributes), (cr, tag_name, attributes)) \
    VOID_FUNCTION(cairo_tag_end, (cairo_t *cr, const char *tag_name), (cr, tag_name)) \
    VOID_FUNCTION(cairo_translate, (cairo_t *cr, double tx, double ty), (cr, tx, ty)) \
    VOID_FUNCTION(g_object_unref, (gpointer object), (object)) \
    FUNCTION(PangoAttribute *, pango_attr_font_features_new, (const char *features), (features)) \
    FUNCTION(PangoAttribute *, pango_attr_language_new, (PangoLanguage *language), (language)) \
    VOID_FUNCTION(pango_attr_list_insert, (PangoAttrList *list, PangoAttribute *attr), (list, attr)) \
    FUNCTION(PangoAttrList *, pango_attr_list_new, (void), ()) \
    VOID_FUNCTION(pango_attr_list_unref, (PangoAttrList *list), (list)) \
    VOID_FUNCTION(pango_cairo_context_set_font_options, (PangoContext *context, const cairo_font_options_t *options), (context, options)) \
    VOID_FUNCTION(pango_cairo_context_set_resolution, (PangoContext *context, double dpi), (context, dpi)) \
    FUNCTION(cairo_scaled_font_t *, pango_cairo_font_get_scaled_font, (PangoCairoFont *font), (font)) \
    FUNCTION(PangoFontMap *, pango_cairo_font_map_new_for_font_type, (cairo_font_type_t fonttype), (fonttype)) \
    VOID_FUNCTION(pango_cairo_font_map_set_resolution, (PangoCairoFontMap *fontmap, double dpi), (fontmap, dpi)) \
    VOID_FUNCTION(pango_cairo_show_layout, (cairo_t *cr, PangoLayout *layout), (cr, layout)) \
    FUNCTION(PangoFontMetrics *, pango_context_get_metrics, (PangoContext *context, const PangoFontDescription *desc, PangoLanguage *language), (context, desc, language)) \
    FUNCTION(PangoFontset *, pango_context_load_fontset, (PangoContext *context, const PangoFontDescription *desc, PangoLanguage *language), (context, desc, language)) \
    VOID_FUNCTION(pango_context_set_base_dir, (PangoContext *context, PangoDirection direction), (context, direction)) \
    VOID_FUNCTION(pango_context_set_language, (PangoContext *context, PangoLanguage *language), (context, language)) \
    VOID_FUNCTION(pango_context_set_round_glyph_positions, (PangoContext *context, gboolean round_positions), (context, round_positions)) \
    VOID_FUNCTION(pango_fc_font_map_set_config, (PangoFcFontMap *fcfontmap, FcConfig *fcconfig), (fcfontmap, fcconfig)) \
    VOID_FUNCTION(pango_font_description_free, (PangoFontDescription *desc), (desc)) \
    FUNCTION(PangoFontDescription *, pango_font_description_new, (void), ()) \
    VOID_FUNCTION(pango_font_description_set_absolute_size, (PangoFontDescription *desc, double size), (desc, size)) \
    VOID_FUNCTION(pango_font_description_set_family, (PangoFontDescription *desc, const char *family), (desc, family)) \
    VOID_FUNCTION(pango_font_description_set_style, (PangoFontDescription *desc, PangoStyle style), (desc, style)) \
    VOID_FUNCTION(pango_font_description_set_weight, (PangoFontDescription *desc, PangoWeight weight), (desc, weight)) \
    FUNCTION(PangoContext *, pango_font_map_create_context, (PangoFontMap *fontmap), (fontmap)) \
    VOID_FUNCTION(pango_font_get_glyph_extents, (PangoFont *font, PangoGlyph glyph, PangoRectangle *ink_rect, PangoRectangle *logical_rect), (font, glyph, ink_rect, logical_rect)) \
    FUNCTION(int, pango_font_metrics_get_ascent, (PangoFontMetrics *metrics), (metrics)) \
    FUNCTION(int, pango_font_metrics_get_descent, (PangoFontMetrics *metrics), (metrics)) \
    VOID_FUNCTION(pango_font_metrics_unref, (PangoFontMetrics *metrics), (metrics)) \
    VOID_FUNCTION(pango_fontset_foreach, (PangoFontset *fontset, PangoFontsetForeachFunc func, gpointer data), (fontset, func, data)) \
    FUNCTION(PangoLanguage *, pango_language_from_string, (const char *language), (language)) \
    FUNCTION(int, pango_layout_get_baseline, (PangoLayout *layout), (layout)) \
    VOID_FUNCTION(pango_layout_get_extents, (PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect), (layout, ink_rect, logical_rect)) \
    FUNCTION(int, pango_layout_get_line_count, (PangoLayout *layout), (layout)) \
    FUNCTION(PangoLayoutLine *, pango_layout_get_line_readonly, (PangoLayout *layout, int line), (layout, line)) \
    FUNCTION(int, pango_layout_get_unknown_glyphs_count, (PangoLayout *layout), (layout)) \
    FUNCTION(PangoLayout *, pango_layout_new, (PangoContext *context), (context)) \
    VOID_FUNCTION(pango_layout_set_attributes, (PangoLayout *layout, PangoAttrList *attrs), (layout, attrs)) \
    VOID_FUNCTION(pango_layout_set_font_description, (PangoLayout *layout, const PangoFontDescription *desc), (layout, desc)) \
    VOID_FUNCTION(pango_layout_set_single_paragraph_mode, (PangoLayout *layout, gboolean setting), (layout, setting)) \
    VOID_FUNCTION(pango_layout_set_text, (PangoLayout *layout, const char *text, int length), (layout, text, length)) \
    VOID_FUNCTION(pango_layout_set_width, (PangoLayout *layout, int width), (layout, width)) \
    VOID_FUNCTION(pango_layout_set_wrap, (PangoLayout *layout, PangoWrapMode wrap), (layout, wrap))

static struct {
#define POINTER(type, name, parameters, arguments) __typeof__(name) *name;
#define VOID_POINTER(name, parameters, arguments) __typeof__(name) *name;
    GRAPHICS_FUNCTIONS(POINTER, VOID_POINTER)
#undef POINTER
#undef VOID_POINTER
} graphics;

static const char *const library_name = "libpangocairo-1.0.so.0";

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error;
static char message[512];

static void resolve(void *library, void **pointer, const char *name) {
    *pointer = dlsym(library, name);
    if (*pointer == NULL && load_error == NULL) {
        snprintf(message, sizeof message, "%s has no %s", library_name, name);
        load_error = message;
    }
}

// Pango's Cairo library needs Pango, its FreeType part, GObject, fontconfig and Cairo,
// so dlsym finds every function through it. RTLD_NOW: a library that lacks a function
// another one calls is an error here (~0.4 ms more), not a failed lookup in mid-drawing.
static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(message, sizeof message, "cannot load Pango and Cairo (install libpangocairo-1.0-0): %s", reason ? reason : "unknown error");
        load_error = message;
        return;
    }
#define RESOLVE(type, name, parameters, arguments) resolve(library, (void **)&graphics.name, #name);
#define VOID_RESOLVE(name, parameters, arguments) resolve(library, (void **)&graphics.name, #name);
    GRAPHICS_FUNCTIONS(RESOLVE, VOID_RESOLVE)
#undef RESOLVE
#undef VOID_RESOLVE
}

const char *kc_graphics_load(void) {
    pthread_once(&once, load);
    return load_error;
}

// KCGraphics calls kc_graphics_load, and stops at its error, before any of these; a call
// that comes first loads the libraries here, and one that cannot ends the process.
static void require(void) {
    const char *error = kc_graphics_load();
    if (error != NULL) {
        fprintf(stderr, "kcreport: internal error: a graphics call before the libraries were loaded: %s\n", error);
        abort();
    }
}

#define FORWARD(type, name, parameters, arguments) \
    __attribute__((visibility("hidden"))) type name parameters { require(); return graphics.name arguments; }
#define VOID_FORWARD(name, parameters, arguments) \
    __attribute__((visibility("hidden"))) void name parameters { require(); graphics.name arguments; }
GRAPHICS_FUNCTIONS(FORWARD, VOID_FORWARD)
