# Vitrine common
common-language = اللغة
