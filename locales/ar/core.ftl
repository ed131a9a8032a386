# Vitrine core: statuses, address fields and their checks, cart and return problems.
