# Vitrine returns
