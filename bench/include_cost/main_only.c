/* The baseline: a C file with only main. */
int main(void) { return 0; }
