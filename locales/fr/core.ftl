# Vitrine core: statuses, address fields and their checks, cart and return problems.

# Operator alert rules
core-alert-stock-out = En rupture de stock
core-alert-stock-low = Réapprovisionnement nécessaire
core-alert-return-rate = Hausse brutale des retours
core-alert-late-shipment = Expédition en retard
core-alert-decline-spike = Hausse brutale des refus de carte

# Payment methods
core-payment-card = Carte
core-payment-bank-transfer = Virement bancaire
core-payment-cash-on-delivery = Paiement à la livraison
core-payment-invoice = Facture

# Order statuses
core-order-pending-payment = En attente de confirmation du paiement
core-order-awaiting-payment = En attente de votre paiement
core-order-confirmed = Confirmée
core-order-processing = En préparation
core-order-partially-shipped = Partiellement expédiée
core-order-shipped = Expédiée
core-order-out-for-delivery = En cours de livraison
core-order-delivered = Livrée
core-order-exception = Problème de livraison
core-order-canceled = Annulée

# Product query problems (each follows the parameter's name)
core-query-invalid = La requête de produits n’est pas valide.
core-query-repeated = est indiqué plusieurs fois
core-query-text-too-long = doit comporter au plus { $max } caractères
core-query-sort-one-of = doit être l’une des valeurs suivantes : { $choices }
core-query-price-negative = ne doit pas être négatif
core-query-price-too-large = est trop élevé
core-query-price-not-decimal = doit être un montant décimal comme 25 ou 19.99 ({ $problem })
core-query-in-stock-bool = doit valoir true ou false
core-query-category-invalid = { $value } n’est pas un identifiant de catégorie
core-query-option-name = nécessite un nom d’option, comme option.size
core-query-option-value = nécessite une valeur de 1 à 100 caractères
core-query-unknown-parameter = paramètre inconnu { $name }
core-query-too-many-filters = au plus { $max } valeurs de filtre à la fois
core-query-price-min-above-max = ne doit pas dépasser price_max
core-query-whole-number = doit être un nombre entier de { $min } à { $max }

# Stock
core-stock-in-stock = En stock
core-stock-low = Plus que { $count } en stock
core-stock-out-of-stock = En rupture de stock
core-option-sold-out = épuisé
core-option-unavailable = non disponible dans cette combinaison
core-stock-change-too-large = Cette modification est trop importante.
core-stock-change-zero = Modifiez le stock d’au moins une unité.
core-stock-below-zero = { $count ->
    [one] Seulement { $count } unité en stock : le stock ne peut pas devenir négatif.
   *[other] Seulement { $count } unités en stock : le stock ne peut pas devenir négatif.
}
core-stock-reserved = { $count ->
    [one] { $count } unité est réservée pour des commandes en attente de paiement : conservez-en au moins autant.
   *[other] { $count } unités sont réservées pour des commandes en attente de paiement : conservez-en au moins autant.
}

# Card form
core-card-unknown-brand = Carte
core-card-ending = { $brand } se terminant par { $last4 }
core-card-number-missing = Saisissez votre numéro de carte.
core-card-number-digits = Un numéro de carte ne contient que des chiffres.
core-card-number-incomplete = Votre numéro de carte est incomplet.
core-card-number-invalid = Votre numéro de carte n’est pas valide. Vérifiez qu’il ne contient pas de faute de frappe.
core-card-expiry-missing = Saisissez la date d’expiration.
core-card-expiry-format = Saisissez la date d’expiration au format MM/AA.
core-card-expiry-month = Le mois d’expiration doit être compris entre 01 et 12.
core-card-expired = Votre carte a expiré.
core-card-expiry-too-far = L’année d’expiration est trop éloignée dans le futur.
core-card-cvc-missing = Saisissez le code de sécurité.
core-card-cvc-front = Le code de sécurité correspond aux 4 chiffres au recto de la carte.
core-card-cvc-back = Le code de sécurité correspond aux 3 chiffres au verso de la carte.

# Card declines
core-decline-generic = Votre carte a été refusée. Votre banque n’en a pas précisé la raison : essayez une autre carte ou un autre moyen de paiement, ou contactez votre banque.
core-decline-insufficient-funds = Le solde de votre carte est insuffisant. Essayez une autre carte ou un autre moyen de paiement.
core-decline-expired-card = Votre carte a expiré. Vérifiez la date d’expiration ou utilisez une autre carte.
core-decline-incorrect-cvc = Le code de sécurité de votre carte est incorrect. Vérifiez les 3 ou 4 chiffres et réessayez.
core-decline-authentication-failed = Votre banque n’a pas pu confirmer votre identité, le paiement n’a donc pas abouti. Réessayez ou utilisez une autre carte.

# Cart line problems
core-cart-price-dropped = Bonne nouvelle : le prix est passé de { $was } à { $now }.
core-cart-price-changed = Le prix est passé de { $was } à { $now } depuis que vous avez ajouté cet article.
core-cart-not-enough-stock = Plus que { $count } en stock : réduisez la quantité pour passer commande.
core-cart-sold-out = Épuisé depuis votre ajout : retirez cet article pour passer commande.

# Discount codes
core-discount-not-found = Ce code n’est pas valide. Vérifiez l’orthographe et réessayez.
core-discount-not-started = Ce code n’est pas encore actif.
core-discount-expired = Ce code a expiré.
core-discount-used-up = Ce code a atteint sa limite d’utilisation.
core-discount-minimum = Ce code nécessite un sous-total d’au moins { $minimum }. Ajoutez encore { $missing } pour en profiter.
core-discount-no-eligible-items = Ce code ne s’applique à aucun article de votre panier.

# Shipping an order's lines (operator)
core-ship-empty = Choisissez au moins un article pour cet envoi.
core-ship-line-at-least-one = Expédiez au moins 1 unité de la ligne { $line }.
core-ship-line-unknown = La ligne { $line } ne fait pas partie de cette commande.
core-ship-line-twice = La ligne { $line } figure deux fois ; indiquez-la une seule fois avec la quantité totale.
core-ship-line-all-shipped = { $ordered ->
    [one] L’unité de la ligne { $line } ({ $ordered }) a déjà été expédiée.
   *[other] Les { $ordered } unités de la ligne { $line } ont déjà été expédiées.
}
core-ship-line-exceeds = Ligne { $line } : il ne reste que { $left } à expédier (commandé : { $ordered }, expédié : { $shipped }), et non { $quantity }.

# Order lifecycle refusals (operator)
core-order-refuse-already-canceled = Cette commande est déjà annulée.
core-order-refuse-canceled-payment = Cette commande a été annulée et ne peut donc pas recevoir de paiement ; remboursez toute somme reçue.
core-order-refuse-canceled = Cette commande a été annulée.
core-order-refuse-already-paid = Cette commande est déjà payée.
core-order-refuse-paid-failed-attempt = Cette commande est déjà payée ; une tentative de paiement échouée n’y change rien.
core-order-refuse-not-paid-prepare = Cette commande n’est pas encore payée ; préparez-la dès réception du paiement.
core-order-refuse-already-processing = Cette commande est déjà en préparation.
core-order-refuse-already-delivered = Cette commande a déjà été livrée.
core-order-refuse-already-shipping = L’expédition de cette commande a déjà commencé.
core-order-refuse-not-shipped = Aucun article de cette commande n’a encore été expédié.
core-order-refuse-delivered-tracking = Cette commande a été livrée ; les mises à jour ultérieures du transporteur n’y changent rien.
core-order-refuse-unknown-shipment = L’envoi { $shipment } ne fait pas partie de cette commande.
core-order-refuse-cancel-partially-shipped = Une partie de cette commande a déjà été expédiée, elle ne peut donc pas être annulée ; lancez un retour pour ce qui sera livré.
core-order-refuse-cancel-delivered = Une commande livrée ne peut pas être annulée ; lancez plutôt un retour.
core-order-refuse-cancel-shipped = Une commande expédiée ne peut pas être annulée ; lancez plutôt un retour.
core-order-refuse-fully-shipped = Tous les articles de cette commande ont déjà été expédiés.
core-order-refuse-not-paid-ship = Cette commande n’est pas encore payée ; expédiez-la dès réception du paiement.
core-order-refuse-duplicate-shipment = L’envoi { $shipment } est déjà enregistré.
core-tracking-pending = En attente d’informations du transporteur
core-tracking-info-received = Étiquette créée
core-tracking-in-transit = En transit
core-tracking-out-for-delivery = En cours de livraison
core-tracking-attempt-fail = Échec de la tentative de livraison
core-tracking-delivered = Livré
core-tracking-available-for-pickup = Prêt à être retiré
core-tracking-exception = Problème de livraison
core-tracking-expired = Aucune mise à jour récente

# Order progress steps
core-milestone-placed = Commande passée
core-milestone-confirmed = Confirmée
core-milestone-shipped = Expédiée
core-milestone-out-for-delivery = En cours de livraison
core-milestone-delivered = Livrée

# Carrier sub-statuses (shopper)
core-substatus-pending-001 = Le transporteur n’a pas encore d’informations sur ce colis.
core-substatus-info-received-001 = Le transporteur a reçu l’étiquette d’expédition et viendra bientôt chercher le colis.
core-substatus-in-transit-001 = Votre colis est en route.
core-substatus-in-transit-002 = Le transporteur a pris en charge votre colis.
core-substatus-in-transit-003 = Votre colis est arrivé dans un centre de tri.
core-substatus-in-transit-004 = Votre colis est arrivé dans le pays de destination.
core-substatus-in-transit-005 = Votre colis a été dédouané.
core-substatus-in-transit-006 = Votre colis a été remis à la douane pour dédouanement.
core-substatus-in-transit-007 = Votre colis a quitté un site du transporteur.
core-substatus-in-transit-008 = Le problème précédent est résolu et votre colis est de nouveau en route.
core-substatus-in-transit-009 = Votre colis est réacheminé vers une autre adresse.
core-substatus-out-for-delivery-001 = Votre colis est en cours de livraison.
core-substatus-out-for-delivery-003 = Le transporteur vous contactera avant la livraison.
core-substatus-out-for-delivery-004 = Un rendez-vous de livraison a été fixé.
core-substatus-attempt-fail-001 = Le transporteur a tenté de livrer et réessaiera généralement ; surveillez votre boîte aux lettres pour un avis de passage.
core-substatus-attempt-fail-002 = Le transporteur n’a trouvé personne à l’adresse indiquée.
core-substatus-attempt-fail-003 = L’entreprise était fermée lors du passage du transporteur.
core-substatus-delivered-001 = Votre colis a été livré.
core-substatus-delivered-002 = Vous avez retiré votre colis.
core-substatus-delivered-003 = Votre colis a été livré contre signature.
core-substatus-delivered-004 = Votre colis a été livré et payé à la livraison.
core-substatus-delivered-005 = Votre colis a été remis à un voisin.
core-substatus-available-for-pickup-001 = Votre colis vous attend dans un point relais près de chez vous.
core-substatus-exception-001 = Le transporteur a signalé un problème lors de la livraison de votre colis.
core-substatus-exception-002 = Le colis n’a pas pu être livré : le destinataire a déménagé.
core-substatus-exception-003 = La livraison a été refusée.
core-substatus-exception-004 = Votre colis est retenu en douane.
core-substatus-exception-005 = Votre colis est retardé pour des raisons indépendantes de la volonté du transporteur.
core-substatus-exception-006 = Votre colis est retenu jusqu’au règlement d’un paiement (par exemple des droits d’importation).
core-substatus-exception-007 = Le colis n’a pas pu être livré : l’adresse semble incorrecte.
core-substatus-exception-008 = Votre colis attendait d’être retiré, mais personne n’est venu le chercher.
core-substatus-exception-009 = Le transporteur a refusé le colis.
core-substatus-exception-010 = Votre colis est en route pour nous être retourné.
core-substatus-exception-011 = Votre colis nous a été retourné.
core-substatus-exception-012 = Votre colis a été endommagé pendant le transport.
core-substatus-exception-013 = Le transporteur a perdu votre colis.
core-substatus-exception-016 = Votre colis est retardé en raison d’un problème sur le réseau du transporteur.
core-substatus-exception-017 = Votre colis est retardé en raison de conditions météorologiques extrêmes.
core-substatus-exception-018 = Votre colis est bloqué : les documents douaniers sont manquants ou incorrects.
core-substatus-expired-001 = Le transporteur n’a pas mis à jour le suivi de ce colis depuis 30 jours.

# Dates in sentences: "12 March 2026"
core-date-long = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
    } { $year }

# Why a line can't be returned (labels, no final full stop)
core-returnable-final-sale = Vente finale
core-returnable-window-closed = Le délai de retour a pris fin le { $date }
core-returnable-not-delivered = Pas encore livré
core-returnable-already-returned = Déjà retourné
core-returnable-in-open-return = Déjà inclus dans un retour en cours

# Default return reasons of a new shop
core-reason-too-small = Trop petit
core-reason-too-big = Trop grand
core-reason-not-as-described = Non conforme à la description
core-reason-arrived-damaged = Arrivé endommagé
core-reason-wrong-item = Mauvais article envoyé
core-reason-changed-mind = J’ai changé d’avis
core-reason-other = Autre

# What the shopper wants instead
core-resolution-refund = Remboursement sur le moyen de paiement d’origine
core-resolution-store-credit = Avoir en boutique
core-resolution-exchange = Échange contre une autre taille ou couleur

# Return request problems
core-return-request-invalid = Vérifiez les articles que vous souhaitez retourner.
core-return-request-empty = Choisissez au moins un article à retourner.
core-return-line-unknown = Cet article ne fait pas partie de cette commande.
core-return-line-twice = Cet article figure deux fois ; indiquez-le une seule fois avec la quantité totale.
core-return-line-not-returnable = { $reason }.
core-return-quantity-at-least-one = Retournez au moins 1 article.
core-return-quantity-at-most = Vous pouvez en retourner { $count } au maximum.
core-return-reason-missing = Choisissez un motif.
core-return-reason-unknown = Choisissez l’un des motifs proposés.
core-return-photo-required = Ajoutez au moins une photo pour « { $reason } ».
core-return-exchange-variant-missing = Choisissez la variante que vous souhaitez à la place.
core-return-exchange-variant-unexpected = Ne choisissez une variante que pour un échange.

# Refunds (operator)
core-refund-currency-mismatch = Les remboursements de cette commande se font en { $currency }.
core-refund-amount-zero = Remboursez un montant supérieur à zéro.
core-refund-fully-refunded = Tout ce qui a été payé pour cette commande a déjà été remboursé.
core-refund-exceeds = Il ne reste que { $remaining } à rembourser sur ce paiement, et non { $requested }.

# Return statuses (shopper)
core-return-status-requested = En attente d’approbation
core-return-status-approved = Approuvé : envoyez vos articles
core-return-status-in-transit = En cours de retour
core-return-status-received = Reçu
core-return-status-inspected = Vérifié
core-return-status-refunded = Remboursé
core-return-status-credited = Avoir émis
core-return-status-exchanged = Échangé
core-return-status-rejected = Refusé
core-return-status-canceled = Annulé

# Return progress steps
core-return-step-requested = Demandé
core-return-step-approved = Approuvé
core-return-step-in-transit = En cours de retour
core-return-step-received = Reçu
core-return-step-inspected = Vérifié
core-return-step-resolved = Traité

# Return lifecycle refusals (operator)
core-return-refuse-already-refunded = Ce retour a déjà été remboursé.
core-return-refuse-already-credited = L’avoir pour ce retour a déjà été émis.
core-return-refuse-already-exchanged = Ce retour a déjà fait l’objet d’un échange.
core-return-refuse-rejected = Ce retour a été refusé ; lancez-en un nouveau si le délai n’est pas encore écoulé.
core-return-refuse-canceled = Ce retour a été annulé ; lancez-en un nouveau si le délai n’est pas encore écoulé.
core-return-refuse-not-received = Les articles ne sont pas encore revenus.
core-return-refuse-already-approved = Ce retour est déjà approuvé.
core-return-refuse-not-approved = Ce retour n’est pas encore approuvé ; envoyez les articles une fois qu’il le sera.
core-return-refuse-already-shipped = Les articles sont déjà en cours de retour.
core-return-refuse-already-received = Les articles sont déjà revenus.
core-return-refuse-already-inspected = Les articles ont déjà été vérifiés.
core-return-refuse-not-inspected = Vérifiez les articles avant de traiter le retour.
core-return-refuse-awaiting-parcel = Les articles sont attendus en retour ; refusez le retour une fois qu’ils seront arrivés et vérifiés.
core-return-refuse-reason-required = Indiquez au client la raison du refus du retour.
core-return-refuse-cancel-shipped = Les articles sont déjà en cours de retour, le retour ne peut donc pas être annulé.
core-return-refuse-cancel-received = Les articles sont déjà revenus, le retour ne peut donc pas être annulé.

# Decimal amounts (each follows the field's name)
core-decimal-empty = est vide
core-decimal-invalid = { $value } n’est pas un nombre décimal comme 19.99
core-decimal-out-of-range = { $value } est hors de la plage autorisée

# Address form labels (the kinds of field the per-country address data names)
core-address-full-name = Nom complet
core-address-company = Entreprise
core-address-address = Adresse
core-address-address2 = Appartement, bâtiment, etc.
core-address-sorting-code = Code de tri
core-address-phone = Téléphone
core-address-zip-code = Code ZIP
core-address-pin-code = Code PIN
core-address-eircode = Eircode
core-address-postcode = Code postal
core-address-postal-code = Code postal
core-address-region = Région
core-address-province = Province
core-address-state = État
core-address-island = Île
core-address-department = Département
core-address-parish = Paroisse
core-address-county = Comté
core-address-emirate = Émirat
core-address-area = Zone
core-address-prefecture = Préfecture
core-address-district = District
core-address-city = Ville
core-address-town-or-city = Ville ou localité
core-address-suburb = Quartier
core-address-village-or-township = Village ou canton
core-address-neighbourhood = Quartier
core-address-townland = Townland

# Address checks. $label is the field's label; in English it comes in lower
# case, with "a" or "an" in core-address-enter and core-address-choose ("a ZIP code").
core-address-enter = Veuillez renseigner le champ « { $label } ».
core-address-choose = Veuillez faire un choix dans le champ « { $label } ».
core-address-too-long = Le champ « { $label } » est trop long (100 caractères maximum).
core-address-region-suggest = Veuillez choisir une valeur de la liste dans le champ « { $label } ». Vouliez-vous dire { $name } ({ $code }) ?
core-address-region-unknown = { $value } n’est pas une valeur valide du champ « { $label } » pour { $country }.
core-address-postal-other-region = { $code } n’est pas une valeur valide du champ « { $label } » pour { $region }.
core-address-postal-other-region-range = { $code } n’est pas une valeur valide du champ « { $label } » pour { $region } (les valeurs y vont de { $from } à { $to }).
core-address-postal-invalid = Veuillez saisir une valeur valide dans le champ « { $label } ».
core-address-postal-invalid-example = Veuillez saisir une valeur valide dans le champ « { $label } », par exemple { $example }.
core-address-phone-invalid = Veuillez saisir un numéro de téléphone de 6 à 15 chiffres.
