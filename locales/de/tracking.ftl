# Vitrine tracking
