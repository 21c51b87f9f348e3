// Lookups: the C and C++ helpers against what a user might write instead, a
// std::unordered_map and a linear strcmp scan. Counts heap allocations per
// operation; the helpers must make none.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a benchmark: it names the type on purpose
#include <msgrpriv.hpp>

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <unordered_map>

namespace {
std::atomic<long> allocations{0};
}  // namespace

// Every heap allocation in this program goes through here.
void *operator new(std::size_t size) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void *p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// GCC 12 cannot see that these free() calls pair with the malloc() above.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void operator delete(void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
#pragma GCC diagnostic pop

namespace {

#define MSGRPRIV_BENCH_VALUE(name, value, meaning) name,
constexpr SESSION_STATE kStates[] = {MSGRPRIV_SESSION_STATE_LIST(MSGRPRIV_BENCH_VALUE)};
constexpr const char *kHits[] = {"SS_UNKNOWN",   "SS_READY",     "SS_INVITATION", "SS_ACCEPTED",
                                 "SS_CONNECTED", "SS_CANCELLED", "SS_DECLINED",   "SS_TERMINATED"};
constexpr const char *kMisses[] = {"SS_READ", "ss_ready", "SS_TERMINATEX", "garbage",
                                   "",        "SS_",      "RSS_READY",     "SS_DECLINED "};

// Reports allocations per operation; an allocating helper is an error.
class AllocationCounter {
 public:
  explicit AllocationCounter(benchmark::State &state) : state_(state), start_(allocations.load()) {}
  ~AllocationCounter() {
    const double per_op = static_cast<double>(allocations.load() - start_) /
                          static_cast<double>(state_.iterations() == 0 ? 1 : state_.iterations());
    state_.counters["allocs/op"] = per_op;
  }
  AllocationCounter(const AllocationCounter &) = delete;
  AllocationCounter &operator=(const AllocationCounter &) = delete;

 private:
  benchmark::State &state_;
  long start_;
};

// Runs `op` over the eight inputs in turn, hiding each input from the
// optimizer so that no call is folded away, and counts allocations.
template <class Input, class Op>
void Measure(benchmark::State &state, const Input (&inputs)[8], Op op) {
  AllocationCounter count(state);
  unsigned i = 0;
  for (auto _ : state) {
    Input input = inputs[i++ & 7u];
    benchmark::DoNotOptimize(input);
    benchmark::DoNotOptimize(op(input));
  }
}

// --- msgrpriv ---------------------------------------------------------------
void C_Name(benchmark::State &state) { Measure(state, kStates, MsgrSessionStateName); }
void C_Description(benchmark::State &state) { Measure(state, kStates, MsgrSessionStateDescription); }
template <const char *const (&Inputs)[8]>
void C_Parse(benchmark::State &state) {
  SESSION_STATE out = SS_UNKNOWN;
  Measure(state, Inputs, [&out](const char *name) { return MsgrSessionStateFromName(name, &out); });
}
void Cpp_Name(benchmark::State &state) {
  Measure(state, kStates, [](SESSION_STATE s) { return msgrpriv::name(s); });
}
void Cpp_Description(benchmark::State &state) {
  Measure(state, kStates, [](SESSION_STATE s) { return msgrpriv::description(s); });
}
template <const char *const (&Inputs)[8]>
void Cpp_Parse(benchmark::State &state) {
  Measure(state, Inputs, [](const char *name) { return msgrpriv::parse<SESSION_STATE>(name); });
}

// --- what a user might write instead ----------------------------------------
const std::unordered_map<int, std::string> &NameMap() {
  static const auto *map = new std::unordered_map<int, std::string>{
      {0, "SS_UNKNOWN"}, {1, "SS_READY"},     {2, "SS_INVITATION"}, {3, "SS_ACCEPTED"},
      {4, "SS_CONNECTED"}, {5, "SS_CANCELLED"}, {6, "SS_DECLINED"},   {7, "SS_TERMINATED"}};
  return *map;
}
const std::unordered_map<std::string, SESSION_STATE> &ParseMap() {
  static const auto *map = [] {
    auto *m = new std::unordered_map<std::string, SESSION_STATE>;
    for (SESSION_STATE s : kStates) m->emplace(msgrpriv::name(s), s);
    return m;
  }();
  return *map;
}
struct Entry {
  int value;
  const char *name;
};
constexpr Entry kTable[] = {{0, "SS_UNKNOWN"},   {1, "SS_READY"},     {2, "SS_INVITATION"}, {3, "SS_ACCEPTED"},
                            {4, "SS_CONNECTED"}, {5, "SS_CANCELLED"}, {6, "SS_DECLINED"},   {7, "SS_TERMINATED"}};
constexpr int kValues[] = {0, 1, 2, 3, 4, 5, 6, 7};

void Map_Name(benchmark::State &state) {
  const auto &map = NameMap();
  Measure(state, kValues, [&map](int value) {
    auto it = map.find(value);
    return it == map.end() ? nullptr : it->second.c_str();
  });
}
void Scan_Name(benchmark::State &state) {
  Measure(state, kValues, [](int value) -> const char * {
    for (const Entry &e : kTable) {
      if (e.value == value) return e.name;
    }
    return nullptr;
  });
}
template <const char *const (&Inputs)[8]>
void Map_Parse(benchmark::State &state) {
  const auto &map = ParseMap();
  Measure(state, Inputs, [&map](const char *name) {
    auto it = map.find(std::string(name));
    return it == map.end() ? SS_UNKNOWN : it->second;
  });
}
template <const char *const (&Inputs)[8]>
void Scan_Parse(benchmark::State &state) {
  Measure(state, Inputs, [](const char *name) {
    for (const Entry &e : kTable) {
      if (std::strcmp(e.name, name) == 0) return e.value;
    }
    return -1;
  });
}

}  // namespace

BENCHMARK(C_Name);
BENCHMARK(C_Description);
BENCHMARK(C_Parse<kHits>)->Name("C_ParseHit");
BENCHMARK(C_Parse<kMisses>)->Name("C_ParseMiss");
BENCHMARK(Cpp_Name);
BENCHMARK(Cpp_Description);
BENCHMARK(Cpp_Parse<kHits>)->Name("Cpp_ParseHit");
BENCHMARK(Cpp_Parse<kMisses>)->Name("Cpp_ParseMiss");
BENCHMARK(Map_Name);
BENCHMARK(Scan_Name);
BENCHMARK(Map_Parse<kHits>)->Name("Map_ParseHit");
BENCHMARK(Map_Parse<kMisses>)->Name("Map_ParseMiss");
BENCHMARK(Scan_Parse<kHits>)->Name("Scan_ParseHit");
BENCHMARK(Scan_Parse<kMisses>)->Name("Scan_ParseMiss");
BENCHMARK_MAIN();
