# Vitrine checkout
