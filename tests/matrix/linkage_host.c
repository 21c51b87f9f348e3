/* Loads the plugin (linkage_plugin.cpp), calls it, closes it, and checks that
 * it is gone: dlopen with RTLD_NOLOAD finds it no more. Exit 0 when so. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  void *plugin = NULL;
  int (*answer)(void) = NULL;
  if (argc != 3) {
    fprintf(stderr, "usage: %s PLUGIN EXPECTED\n", argv[0]);
    return 2;
  }
  plugin = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (plugin == NULL) {
    printf("dlopen: %s\n", dlerror());
    return 1;
  }
  *(void **)&answer = dlsym(plugin, "plugin_answer");
  if (answer == NULL) {
    printf("dlsym: %s\n", dlerror());
    return 1;
  }
  if (answer() != atoi(argv[2])) {
    printf("the plugin answers %d, not %s\n", answer(), argv[2]);
    return 1;
  }
  if (dlclose(plugin) != 0) {
    printf("dlclose: %s\n", dlerror());
    return 1;
  }
  if (dlopen(argv[1], RTLD_NOW | RTLD_NOLOAD) != NULL) {
    printf("still loaded after dlclose\n");
    return 1;
  }
  printf("unloaded on dlclose\n");
  return 0;
}
