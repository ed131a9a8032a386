# Vitrine emails to shoppers
