# Vitrine checkout

## Page
# The browser tab's title; $shop is the shop's name.
checkout-page-title = Finaliser la commande · { $shop }
checkout-title = Finaliser la commande
checkout-empty-title = Votre panier est vide
checkout-start-shopping = Commencer mes achats

## Steps
# Read before each step's heading by screen readers: "Step 1 of 5: Contact".
checkout-step-of = Étape { $step } sur { $steps } :{" "}
checkout-step-edit = Modifier
# $step names the step whose answers the button edits.
checkout-step-edit-label = { $step ->
    [contact] Modifier les coordonnées
    [address] Modifier l’adresse de livraison
    [delivery] Modifier la livraison
    [payment] Modifier le paiement
   *[other] Modifier la vérification de la commande
}

## Step 1: contact
checkout-contact-title = Coordonnées
checkout-email-label = E-mail
checkout-email-note = Pour votre reçu et le suivi de cette commande.
checkout-email-hint = Saisissez une adresse e-mail comme nom@example.com.
checkout-contact-continue = Continuer vers l’adresse de livraison

## Step 2: shipping address
checkout-address-title = Adresse de livraison
checkout-address-country = Pays ou région
checkout-address-choose-country = Choisissez un pays
checkout-address-country-missing = Choisissez un pays.
checkout-address-note = Nous vérifions que l’adresse est complète et correctement rédigée, pas qu’elle existe.
# $label is the field's label ("Company").
checkout-address-optional = { $label } (facultatif)
# A field's placeholder; $example is an example value ("95014").
checkout-address-example = ex. : { $example }
# First choice of a list; $field is the field's label ("state", lower case where the language writes it so).
checkout-address-choose = Sélectionnez votre { $field }
# Accepts a corrected value the address rules suggest ("CA").
checkout-address-use-suggestion = Utiliser { $suggestion }
checkout-address-checking = Vérification…
checkout-address-continue = Continuer vers la livraison

## Step 3: delivery
checkout-delivery-title = Livraison
checkout-delivery-legend = Mode de livraison
# $from and $to are the earliest and latest delivery dates.
checkout-delivery-arrives = Livraison entre le { $from } et le { $to }
checkout-delivery-free = Gratuite
checkout-delivery-continue = Continuer vers le paiement

## Step 4: payment
checkout-payment-title = Paiement
checkout-payment-legend = Moyen de paiement
checkout-payment-choose = Choisissez votre moyen de paiement.
checkout-payment-invoice-company = Le paiement sur facture nécessite un nom d’entreprise : ajoutez-le à l’adresse (étape 2).
checkout-credit-label = Code d’avoir (facultatif)
checkout-credit-hint = Issu d’un retour, par exemple SC-7QK2-9XH4. Il est utilisé en premier ; votre moyen de paiement règle le reste.
checkout-payment-securing = Sécurisation des données de carte…
checkout-payment-continue = Vérifier la commande

## Card form
checkout-card-number = Numéro de carte
checkout-card-expiry = Date d’expiration (MM / AA)
checkout-card-expiry-placeholder = MM / AA
checkout-card-cvc = Code de sécurité
# The security code field's placeholder.
checkout-card-cvc-digits = { $count ->
    [one] { $count } chiffre
   *[other] { $count } chiffres
}
checkout-card-name = Nom sur la carte (facultatif)
checkout-card-note = Les données de votre carte sont transmises directement à notre prestataire de paiement ; cette boutique ne les voit ni ne les conserve jamais.
checkout-card-again = Saisissez à nouveau les données de votre carte.

## The bank's challenge dialog
checkout-challenge-title = Confirmez le paiement auprès de votre banque
checkout-challenge-frame = Page de confirmation de votre banque

## Step 5: review
checkout-review-title = Vérifier et commander
checkout-review-note = Vérifiez les informations ci-dessus ; vous pouvez modifier chaque étape. En passant la commande, vous vous engagez à payer le total affiché.
# $code is the store credit code.
checkout-review-credit = L’avoir { $code } est utilisé en premier ; seul le reste est débité sur votre moyen de paiement.
checkout-review-placing = Commande en cours…
# $total is the order's total.
checkout-review-place = Commander · { $total }
# No answer from the shop; $error is what went wrong.
checkout-retry = { $error } Vous pouvez réessayer sans risque : aucun double débit ne sera effectué.

## Order summary
checkout-summary-label = Récapitulatif de la commande
checkout-summary-title = Récapitulatif de la commande
checkout-summary-qty = Qté : { $count }
# $variant is the chosen options ("Blue / M").
checkout-summary-variant-qty = { $variant } · Qté : { $count }
