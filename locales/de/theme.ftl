# Vitrine theme
