# Vitrine console
