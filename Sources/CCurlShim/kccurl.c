#include "kccurl.h"

CURLcode kc_curl_set_long(CURL *handle, CURLoption option, long value) { return curl_easy_setopt(handle, option, value); }
CURLcode kc_curl_set_off(CURL *handle, CURLoption option, curl_off_t value) { return curl_easy_setopt(handle, option, value); }
CURLcode kc_curl_set_string(CURL *handle, CURLoption option, const char *value) { return curl_easy_setopt(handle, option, value); }
CURLcode kc_curl_set_pointer(CURL *handle, CURLoption option, void *value) { return curl_easy_setopt(handle, option, value); }
CURLcode kc_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *list) { return curl_easy_setopt(handle, option, list); }
CURLcode kc_curl_set_read_function(CURL *handle, kc_curl_read_callback callback) { return curl_easy_setopt(handle, CURLOPT_READFUNCTION, callback); }
CURLcode kc_curl_set_debug_function(CURL *handle, kc_curl_debug_callback callback) { return curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, callback); }
CURLcode kc_curl_get_long(CURL *handle, CURLINFO info, long *value) { return curl_easy_getinfo(handle, info, value); }
