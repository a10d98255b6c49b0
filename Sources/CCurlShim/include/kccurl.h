#ifndef KCCURL_H
#define KCCURL_H
// libcurl opened with dlopen on first use, and typed wrappers around its variadic
// curl_easy_setopt and curl_easy_getinfo, which Swift cannot call. Only KCMail imports this.
#include <curl/curl.h>

typedef size_t (*kc_curl_read_callback)(char *buffer, size_t size, size_t count, void *context);
typedef int (*kc_curl_debug_callback)(CURL *handle, curl_infotype type, char *data, size_t size, void *context);

// Opens libcurl and runs curl_global_init, once per process. Returns NULL when it worked,
// else what went wrong (the dlopen or dlsym message), valid for the life of the process.
const char *kc_curl_load(void);

CURL *kc_curl_easy_init(void);
void kc_curl_easy_cleanup(CURL *handle);
CURLcode kc_curl_easy_perform(CURL *handle);
const char *kc_curl_easy_strerror(CURLcode code);
struct curl_slist *kc_curl_slist_append(struct curl_slist *list, const char *value);
void kc_curl_slist_free_all(struct curl_slist *list);

CURLcode kc_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode kc_curl_set_off(CURL *handle, CURLoption option, curl_off_t value);
CURLcode kc_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode kc_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode kc_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *list);
CURLcode kc_curl_set_read_function(CURL *handle, kc_curl_read_callback callback);
CURLcode kc_curl_set_debug_function(CURL *handle, kc_curl_debug_callback callback);
CURLcode kc_curl_get_long(CURL *handle, CURLINFO info, long *value);

#endif
