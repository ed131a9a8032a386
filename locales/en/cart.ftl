# Vitrine cart
