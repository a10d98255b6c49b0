#include "kccurl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// The libcurl functions kcreport calls, resolved from the library at run time.
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *value);
    void (*slist_free_all)(struct curl_slist *list);
} curl;

#ifdef __APPLE__
static const char *const library_name = "libcurl.4.dylib";
#else
static const char *const library_name = "libcurl.so.4";
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error;
static char message[512];

static void *resolve(void *library, const char *name) {
    void *symbol = dlsym(library, name);
    if (symbol == NULL && load_error == NULL) {
        snprintf(message, sizeof message, "%s has no %s", library_name, name);
        load_error = message;
    }
    return symbol;
}

static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(message, sizeof message, "cannot load libcurl (install libcurl4): %s", reason ? reason : "unknown error");
        load_error = message;
        return;
    }
    curl.global_init = (CURLcode (*)(long))resolve(library, "curl_global_init");
    curl.easy_init = (CURL *(*)(void))resolve(library, "curl_easy_init");
    curl.easy_cleanup = (void (*)(CURL *))resolve(library, "curl_easy_cleanup");
    curl.easy_perform = (CURLcode (*)(CURL *))resolve(library, "curl_easy_perform");
    curl.easy_strerror = (const char *(*)(CURLcode))resolve(library, "curl_easy_strerror");
    curl.easy_setopt = (CURLcode (*)(CURL *, CURLoption, ...))resolve(library, "curl_easy_setopt");
    curl.easy_getinfo = (CURLcode (*)(CURL *, CURLINFO, ...))resolve(library, "curl_easy_getinfo");
    curl.slist_append = (struct curl_slist *(*)(struct curl_slist *, const char *))resolve(library, "curl_slist_append");
    curl.slist_free_all = (void (*)(struct curl_slist *))resolve(library, "curl_slist_free_all");
    if (load_error == NULL && curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(message, sizeof message, "curl_global_init failed");
        load_error = message;
    }
}

const char *kc_curl_load(void) {
    pthread_once(&once, load);
    return load_error;
}

// Every function below is called only after kc_curl_load returned NULL.
CURL *kc_curl_easy_init(void) { return curl.easy_init(); }
void kc_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
CURLcode kc_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *kc_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }
struct curl_slist *kc_curl_slist_append(struct curl_slist *list, const char *value) { return curl.slist_append(list, value); }
void kc_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }

CURLcode kc_curl_set_long(CURL *handle, CURLoption option, long value) { return curl.easy_setopt(handle, option, value); }
CURLcode kc_curl_set_off(CURL *handle, CURLoption option, curl_off_t value) { return curl.easy_setopt(handle, option, value); }
CURLcode kc_curl_set_string(CURL *handle, CURLoption option, const char *value) { return curl.easy_setopt(handle, option, value); }
CURLcode kc_curl_set_pointer(CURL *handle, CURLoption option, void *value) { return curl.easy_setopt(handle, option, value); }
CURLcode kc_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *list) { return curl.easy_setopt(handle, option, list); }
CURLcode kc_curl_set_read_function(CURL *handle, kc_curl_read_callback callback) { return curl.easy_setopt(handle, CURLOPT_READFUNCTION, callback); }
CURLcode kc_curl_set_debug_function(CURL *handle, kc_curl_debug_callback callback) { return curl.easy_setopt(handle, CURLOPT_DEBUGFUNCTION, callback); }
CURLcode kc_curl_get_long(CURL *handle, CURLINFO info, long *value) { return curl.easy_getinfo(handle, info, value); }
