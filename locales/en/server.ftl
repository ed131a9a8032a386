# Vitrine server: the API's messages to shoppers
