// Lookups: the C and C++ helpers against what a user might write instead, a
// linear scan of {value, name} and a std::unordered_map, like with like: all
// of them inlined into the same loop in this one file (the C helpers are
// static inline). Each runs on every enumeration of every header (dense,
// sparse, HRESULT-style codes with gaps, flags, MSGRConstants' 122 codes in
// its page's order, not by value), with inputs cycling in order
// and in a fixed shuffled order: by value (name, from_value: a number, such as
// an HRESULT, to its constant) and by name (parse_hit, parse_miss). Heap
// allocations per operation are counted; the helpers must make none.
//
// Benchmark names: <type>/<operation>/<order>/<implementation>.
#define MSGRPRIV_NO_DEPRECATION_WARNINGS  // a benchmark: it names the types on purpose
#include <msgrpriv.hpp>

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

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

// The C helpers of each type, called directly so that they inline.
template <class E>
struct C;
#define MSGRPRIV_BENCH_C(TYPE, Prefix)                                                             \
  template <>                                                                                      \
  struct C<TYPE> {                                                                                 \
    static const char *Name(TYPE value) { return Msgr##Prefix##Name(value); }                      \
    static int FromName(const char *text, TYPE *out) { return Msgr##Prefix##FromName(text, out); } \
    static int FromValue(long value, TYPE *out) { return Msgr##Prefix##FromValue(value, out); }    \
  };
MSGRPRIV_ENUMERATIONS(MSGRPRIV_BENCH_C)
MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_BENCH_C)
MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_BENCH_C)
MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_BENCH_C)

constexpr std::size_t kInputs = 1024;  // a power of two: the loop masks its index

// Indexes 0..n-1 in order, or in a fixed pseudo-random order (same every run).
std::vector<std::size_t> Order(std::size_t n, bool shuffled) {
  std::vector<std::size_t> order(kInputs);
  unsigned long long state = 0x9E3779B97F4A7C15ULL;
  for (std::size_t i = 0; i < kInputs; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    order[i] = shuffled ? static_cast<std::size_t>(state >> 33) % n : i % n;
  }
  return order;
}

// Reports allocations per operation.
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

// Runs op over the inputs in turn, hiding each from the optimizer so that no
// call is folded away.
template <class Input, class Op>
void Measure(benchmark::State &state, const std::vector<Input> &inputs, Op op) {
  AllocationCounter count(state);
  std::size_t i = 0;
  for (auto _ : state) {
    Input input = inputs[i++ & (kInputs - 1)];
    benchmark::DoNotOptimize(input);
    benchmark::DoNotOptimize(op(input));
  }
}

// The inputs and the baselines' tables for E, built from the header's list.
template <class E>
struct Fixture {
  std::vector<E> values;              // constants, in the input order
  std::vector<long> numbers;          // their values as numbers (an HRESULT as its long)
  std::vector<const char *> hits;     // their names
  std::vector<const char *> misses;   // near misses: one letter short, or one too many
  std::vector<std::string> miss_text;
  std::vector<std::pair<long, const char *>> table;  // the scan's {value, name}
  std::unordered_map<long, std::string> by_value;
  std::unordered_map<long, E> by_number;
  std::unordered_map<std::string, E> by_name;

  explicit Fixture(bool shuffled) {
    for (E value : msgrpriv::values<E>) {
      table.emplace_back(static_cast<long>(value), msgrpriv::name(value));
      by_value.emplace(static_cast<long>(value), msgrpriv::name(value));
      by_number.emplace(static_cast<long>(value), value);
      by_name.emplace(msgrpriv::name(value), value);
      std::string name = msgrpriv::name(value);
      miss_text.push_back(table.size() % 2 == 0 ? name.substr(0, name.size() - 1) : name + "x");
    }
    for (std::size_t i : Order(table.size(), shuffled)) {
      values.push_back(msgrpriv::values<E>[i]);
      numbers.push_back(static_cast<long>(msgrpriv::values<E>[i]));
      hits.push_back(table[i].second);
      misses.push_back(miss_text[i].c_str());
    }
  }
};

template <class E>
void Register(const char *order_name, bool shuffled) {
  static std::vector<Fixture<E> *> keep;  // lives as long as the benchmarks
  auto *f = new Fixture<E>(shuffled);
  keep.push_back(f);
  const std::string prefix = std::string(msgrpriv::type_name<E>) + "/";
  auto add = [&](const char *operation, const char *implementation, auto run) {
    benchmark::RegisterBenchmark((prefix + operation + "/" + order_name + "/" + implementation).c_str(), run);
  };
  add("name", "msgrpriv_c", [f](benchmark::State &s) { Measure(s, f->values, C<E>::Name); });
  add("name", "msgrpriv_cpp", [f](benchmark::State &s) { Measure(s, f->values, [](E v) { return msgrpriv::name(v); }); });
  add("name", "scan", [f](benchmark::State &s) {
    Measure(s, f->values, [f](E v) -> const char * {
      for (const auto &entry : f->table) {
        if (entry.first == static_cast<long>(v)) return entry.second;
      }
      return nullptr;
    });
  });
  add("name", "unordered_map", [f](benchmark::State &s) {
    Measure(s, f->values, [f](E v) {
      auto it = f->by_value.find(static_cast<long>(v));
      return it == f->by_value.end() ? nullptr : it->second.c_str();
    });
  });
  add("from_value", "msgrpriv_c", [f](benchmark::State &s) {
    Measure(s, f->numbers, [](long number) {
      E out = msgrpriv::values<E>[0];
      return C<E>::FromValue(number, &out) + static_cast<int>(out);
    });
  });
  add("from_value", "msgrpriv_cpp", [f](benchmark::State &s) {
    Measure(s, f->numbers, [](long number) {
      const msgrpriv::result<E> found = msgrpriv::from_value<E>(number);
      return static_cast<int>(found.has_value()) + static_cast<int>(found.value_or(msgrpriv::values<E>[0]));
    });
  });
  add("from_value", "scan", [f](benchmark::State &s) {
    Measure(s, f->numbers, [f](long number) {
      for (const auto &entry : f->table) {
        if (entry.first == number) return 1 + static_cast<int>(entry.first);
      }
      return static_cast<int>(msgrpriv::values<E>[0]);
    });
  });
  add("from_value", "unordered_map", [f](benchmark::State &s) {
    Measure(s, f->numbers, [f](long number) {
      auto it = f->by_number.find(number);
      return it == f->by_number.end() ? static_cast<int>(msgrpriv::values<E>[0]) : 1 + static_cast<int>(it->second);
    });
  });
  for (const bool hit : {true, false}) {
    const char *operation = hit ? "parse_hit" : "parse_miss";
    const std::vector<const char *> *texts = hit ? &f->hits : &f->misses;
    add(operation, "msgrpriv_c", [texts](benchmark::State &s) {
      Measure(s, *texts, [](const char *text) {
        E out = msgrpriv::values<E>[0];
        return C<E>::FromName(text, &out) + static_cast<int>(out);
      });
    });
    // Like the C call above: whether it found one, and the constant (or the first).
    add(operation, "msgrpriv_cpp", [texts](benchmark::State &s) {
      Measure(s, *texts, [](const char *text) {
        const msgrpriv::result<E> found = msgrpriv::parse<E>(text);
        return static_cast<int>(found.has_value()) + static_cast<int>(found.value_or(msgrpriv::values<E>[0]));
      });
    });
    add(operation, "scan", [f, texts](benchmark::State &s) {
      Measure(s, *texts, [f](const char *text) {
        for (const auto &entry : f->table) {
          if (std::strcmp(entry.second, text) == 0) return entry.first;
        }
        return -1L;
      });
    });
    add(operation, "unordered_map", [f, texts](benchmark::State &s) {
      Measure(s, *texts, [f](const char *text) {
        auto it = f->by_name.find(std::string(text));
        return it == f->by_name.end() ? msgrpriv::values<E>[0] : it->second;
      });
    });
  }
}

}  // namespace

int main(int argc, char **argv) {
  for (const bool shuffled : {false, true}) {
    const char *order = shuffled ? "shuffled" : "in_order";
#define MSGRPRIV_BENCH_REGISTER(TYPE, Prefix) Register<TYPE>(order, shuffled);
    MSGRPRIV_ENUMERATIONS(MSGRPRIV_BENCH_REGISTER)
    MSGRPRIV_MSGRUA_ENUMERATIONS(MSGRPRIV_BENCH_REGISTER)
    MSGRPRIV_MDISP_ENUMERATIONS(MSGRPRIV_BENCH_REGISTER)
    MSGRPRIV_BASICIM_ENUMERATIONS(MSGRPRIV_BENCH_REGISTER)
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
