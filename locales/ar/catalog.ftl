# Vitrine catalog
