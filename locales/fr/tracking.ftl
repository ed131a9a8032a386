# Vitrine tracking

## Live announcements (read out by screen readers when the order changes)
# $carrier is the carrier's name (DHL, UPS…).
tracking-announce-order-shipped = Votre commande a été expédiée avec { $carrier }.
tracking-announce-part-shipped = Une partie de votre commande a été expédiée avec { $carrier }.
# Put in as $parcel at the start of the parcel sentences below.
tracking-announce-your-parcel = Votre colis
# When the order has several parcels: the carrier names the parcel.
tracking-announce-your-carrier-parcel = Votre colis { $carrier }
# $parcel is "Your parcel" or "Your DHL parcel" (from the two messages above).
tracking-announce-out-for-delivery = { $parcel } est en cours de livraison.
tracking-announce-delivered = { $parcel } a été livré.
tracking-announce-ready-for-pickup = { $parcel } est prêt à être retiré.
tracking-announce-attempt-failed = { $parcel } n’a pas pu être livré ; le transporteur fera une nouvelle tentative.
# $message is the shop's sentence about the problem (may be empty).
tracking-announce-exception = { $parcel } rencontre un problème de livraison. { $message }
tracking-announce-in-transit = { $parcel } est en route.
# $status is the parcel's status in words.
tracking-announce-parcel-status = { $parcel } : { $status }.
# $update is the carrier's checkpoint text.
tracking-announce-new-update = Nouvelle étape pour votre colis : { $update }.
tracking-announce-new-update-carrier = Nouvelle étape pour votre colis { $carrier } : { $update }.
# $message is the shop's sentence about the delay.
tracking-announce-delayed = Votre livraison est retardée. { $message }
# $status is the order's status in words.
tracking-announce-order-status = Nouveau statut de votre commande : { $status }.

## Delay notice
tracking-delay-carrier-exception = Un problème est survenu avec cette livraison
tracking-delay-failed-attempt = Le transporteur n’a pas pu livrer
tracking-delay-no-news = Aucune nouvelle du transporteur
tracking-delay-window-passed = Livraison en retard
# Before the new delivery dates; a space follows.
tracking-delay-new-estimate = Nouvelle estimation :

## Delivery estimate
# Before one date or a range of dates ("Arrives Tue 9 Dec – Thu 11 Dec"); a space follows.
tracking-estimate-arrives = Livraison prévue

## Order lookup page
tracking-lookup-title = Suivre une commande
tracking-lookup-intro = Saisissez votre numéro de commande et l’adresse e-mail utilisée pour commander. Vous les trouverez tous deux dans l’e-mail de confirmation de votre commande.
tracking-lookup-number-label = Numéro de commande
tracking-lookup-number-hint = Il ressemble à VT-7QK2-9XH4.
tracking-lookup-number-missing = Saisissez le numéro de commande indiqué dans votre e-mail de confirmation.
tracking-lookup-email-label = E-mail
tracking-lookup-submit = Trouver ma commande
tracking-lookup-busy = Recherche de votre commande…
# After too many tries; $count is how many seconds to wait.
tracking-lookup-wait-seconds = { $count ->
    [one] Trop de tentatives. Pour votre sécurité, veuillez patienter { $count } seconde avant de réessayer.
   *[other] Trop de tentatives. Pour votre sécurité, veuillez patienter { $count } secondes avant de réessayer.
}
# After too many tries; $count is how many minutes to wait.
tracking-lookup-wait-minutes = { $count ->
    [one] Trop de tentatives. Pour votre sécurité, veuillez patienter une minute avant de réessayer.
   *[other] Trop de tentatives. Pour votre sécurité, veuillez patienter { $count } minutes avant de réessayer.
}

## Order progress
tracking-progress-label = Avancement de la commande

## Order details
# $variant is the product's option (size, colour); $quantity how many.
tracking-item-detail = { $variant } · Qté { $quantity }
tracking-details-items = Articles
tracking-details-subtotal = Sous-total
tracking-details-discount = Remise
tracking-details-shipping = Livraison
tracking-details-tax = TVA
tracking-details-tax-included = TVA (incluse)
tracking-details-total = Total
tracking-details-shipping-to = Livraison à
tracking-details-payment = Paiement
tracking-details-history = Historique de la commande
# Paid entirely with store credit; $code is the credit's code, $amount the money.
tracking-payment-store-credit = Avoir { $code } : { $amount }
# Paid partly with store credit; $method is the other payment method (a card, "Bank transfer"), $due what it paid.
tracking-payment-store-credit-and = Avoir { $code } : { $amount } · { $method } : { $due }

## Order page
tracking-order-thanks = Merci pour votre commande
tracking-order-heading = Commande { $number }
# The browser tab's title; $shop is the shop's name.
tracking-order-page-title = Commande { $number } · { $shop }
# $time is when the order was placed (a date and time).
tracking-order-placed = Passée le { $time }
tracking-order-emailed = Nous avons envoyé une confirmation à { $email }. Conservez le lien de cette page pour suivre le statut de votre commande.
tracking-order-start-return = Faire un retour
tracking-order-continue-shopping = Continuer mes achats
tracking-order-canceled-title = Cette commande a été annulée
tracking-order-canceled-refunded = Rien ne sera expédié, et votre paiement a été intégralement remboursé.
tracking-order-canceled-not-charged = Rien ne sera expédié et rien ne vous a été facturé.
tracking-order-pending = Nous vous enverrons un e-mail à l’expédition, avec un lien pour suivre le colis.
tracking-order-rest-follows = Le reste de votre commande suivra dans un autre colis. Nous vous enverrons un e-mail à son expédition.

## Parcel card
# When an order has several parcels: which one this is.
tracking-parcel-position = Colis { $index } sur { $count }
# Before the date and time the parcel was shipped; a space follows.
tracking-parcel-shipped = Expédié le
tracking-parcel-carrier = Transporteur
tracking-parcel-tracking-number = Numéro de suivi
# Read by screen readers after the tracking number link.
tracking-parcel-opens-new-tab = (ouvre le site du transporteur dans un nouvel onglet)
tracking-parcel-delivered = Livré
tracking-parcel-estimated-delivery = Livraison estimée
tracking-parcel-not-known-yet = Pas encore connue
tracking-parcel-contents = Dans ce colis
tracking-parcel-history = Historique de suivi

## Tracking timeline
tracking-timeline-empty = Pas encore de nouvelles du transporteur. Elles apparaissent généralement dans la journée qui suit l’expédition.

## Tracking page
# Before a link "Track an order"; a space follows.
tracking-find-prompt = Vous avez votre numéro de commande et votre e-mail ?
tracking-find-link = Suivre une commande
tracking-load-error = La commande n’a pas pu être chargée
