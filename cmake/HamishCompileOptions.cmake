# Shared compile settings for every Hamish target: warnings on and strict Qt string handling,
# so that no Arabic text is ever converted through an implicit const char* cast.
add_library(hamish_options INTERFACE)
target_compile_options(hamish_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    # Aggregates such as AnnotationDraft are filled partly on purpose; the rest keeps its defaults.
    -Wno-missing-field-initializers)
target_compile_definitions(hamish_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)

if(HAMISH_WERROR)
    target_compile_options(hamish_options INTERFACE -Werror)
endif()

if(HAMISH_SANITIZE)
    target_compile_options(hamish_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hamish_options INTERFACE -fsanitize=address,undefined)
endif()

if(HAMISH_FUZZ)
    # Coverage and sanitizers in the core too, so that libFuzzer sees into the parsers.
    target_compile_options(hamish_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hamish_options INTERFACE -fsanitize=address,undefined)
endif()
