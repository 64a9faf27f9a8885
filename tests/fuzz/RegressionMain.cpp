// Runs a libFuzzer harness over files instead of fuzzing: every file under the directories given
// on the command line goes through LLVMFuzzerTestOneInput once. Built with the normal compiler and
// registered with ctest, so the seed corpus and every past crash replay in the normal suite.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIRECTORY...\n", argv[0]);
        return 2;
    }
    std::vector<std::string> directories(argv + 1, argv + argc);
    LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (const std::string &directory : directories) {
        std::error_code error;
        if (!std::filesystem::is_directory(directory, error)) {
            std::fprintf(stderr, "not a directory: %s\n", directory.c_str());
            return 2;
        }
        for (const auto &entry : std::filesystem::recursive_directory_iterator(directory)) {
            if (!entry.is_regular_file() || entry.path().filename().string().front() == '.')
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "running %s (%zu bytes)\n", entry.path().c_str(), bytes.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
            ++files;
        }
    }
    std::fprintf(stderr, "%d inputs ran cleanly\n", files);
    return files > 0 ? 0 : 1;
}
