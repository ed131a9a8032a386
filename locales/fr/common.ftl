# Vitrine common
common-language = Langue
