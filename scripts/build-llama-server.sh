#!/usr/bin/env bash
# Build llama.cpp's `llama-server` from the llama.cpp sources vendored in the llama-cpp-python
# sdist the appliance pins, with the Makefile's portable GGML flags, for the remote-backend
# benchmark (`make bench`). Cached: a second run with the same version and flags does nothing.
# About 20 minutes on 2 cores the first time.
#
#   scripts/build-llama-server.sh [OUT_DIR]     (default build/llama-server; prints the binary's path)
# Environment: PYTHON (for `pip download`), LLAMA_CPP_VERSION, LLAMA_CMAKE_ARGS, JOBS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/llama-server}"
python="${PYTHON:-$root/.venv/bin/python}"
version="${LLAMA_CPP_VERSION:-0.3.36}"
flags="${LLAMA_CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
-DGGML_BMI2=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF}"
jobs="${JOBS:-$(nproc)}"
binary="$out/bin/llama-server"
stamp="$out/bin/.stamp"
want="llama-cpp-python==$version $flags"

if [ -x "$binary" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "$binary"
  exit 0
fi
mkdir -p "$out/src" "$out/bin"
sdist="$out/src/llama_cpp_python-$version.tar.gz"
if [ ! -f "$sdist" ]; then
  "$python" -m pip download --quiet --no-deps --no-binary :all: "llama-cpp-python==$version" -d "$out/src" >&2
fi
src="$out/src/llama_cpp_python-$version"
[ -d "$src/vendor/llama.cpp" ] || tar -xzf "$sdist" -C "$out/src"
# No network at build time: the web UI is neither built nor fetched, no TLS library is pulled in.
# shellcheck disable=SC2086
cmake -S "$src/vendor/llama.cpp" -B "$out/cmake" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON \
  -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_BORINGSSL=OFF \
  $flags >&2
cmake --build "$out/cmake" --target llama-server -j "$jobs" >&2
cp "$out/cmake/bin/llama-server" "$binary"
printf '%s' "$want" >"$stamp"
echo "$binary"
