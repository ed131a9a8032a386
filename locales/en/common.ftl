# Vitrine common
common-language = Language
