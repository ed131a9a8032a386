# Vitrine common
common-language = Sprache
