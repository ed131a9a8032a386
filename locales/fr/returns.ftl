# Vitrine returns

## Live announcements on the return's page (read out by screen readers)
returns-announce-approved = Votre retour a été accepté. Vous pouvez maintenant imprimer l’étiquette de retour.
returns-announce-received = Nous avons bien reçu votre retour.
# $reason is the shop's reason (may be empty).
returns-announce-rejected = Votre retour a été refusé. { $reason }
# $status is the return's status in words.
returns-announce-status = Nouveau statut de votre retour : { $status }.
returns-announce-money = Le remboursement de votre retour est en cours.
returns-announce-photo = Votre photo a été ajoutée.

## Checks before sending
returns-error-no-items = Choisissez au moins un article à retourner.
returns-error-not-returnable = Cet article ne peut pas être retourné.
returns-why-label = Non retournable :
# $max is the most that can be returned.
returns-error-quantity = Choisissez combien en retourner (de 1 à { $max }).
returns-error-reason = Choisissez un motif.
# $reason is the return reason the shopper chose.
returns-error-photo-needed = Ajoutez une photo de l’article : le motif « { $reason } » en demande une.
returns-error-comment-too-long = { $count ->
    [one] Limitez votre commentaire à { $count } caractère.
   *[other] Limitez votre commentaire à { $count } caractères.
}
returns-error-too-many-photos = { $count ->
    [one] Ajoutez au maximum { $count } photo par retour.
   *[other] Ajoutez au maximum { $count } photos par retour.
}
returns-error-resolution = Choisissez ce que vous souhaitez à la place.
returns-error-no-exchange = Aucune autre taille ni couleur n’est en stock : choisissez une autre option.
returns-error-exchange-variant = Choisissez la taille ou la couleur souhaitée à la place.
# $name is the photo's file name; $types the accepted types ("JPEG, PNG or WebP").
returns-error-photo-type = { $name } n’est pas une image au format { $types }.
# $name is the photo's file name; $size the largest size allowed ("8 MB").
returns-error-photo-size = { $name } dépasse { $size }. Choisissez une photo plus légère.
# The last two in a list of image types: "JPEG, PNG or WebP" ($first is "JPEG, PNG").
returns-type-list = { $first } ou { $last }
# File sizes; $size is a number, possibly with one decimal ("1.5").
returns-size-mb = { $size } Mo
returns-size-kb = { $size } Ko

## Start a return
# The return window; $count is the number of days.
returns-window = { $count ->
    [one] Vous pouvez retourner vos articles dans un délai de { $count } jour après la livraison.
   *[other] Vous pouvez retourner vos articles dans un délai de { $count } jours après la livraison.
}
# The return window with the last day; $date is a date ("31 March 2026").
returns-window-until = { $count ->
    [one] Vous pouvez retourner vos articles dans un délai de { $count } jour après la livraison. Retour possible jusqu’au { $date }.
   *[other] Vous pouvez retourner vos articles dans un délai de { $count } jours après la livraison. Retour possible jusqu’au { $date }.
}
returns-earlier-title = Retours sur cette commande
returns-return-link = Retour { $rma }
returns-item-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
returns-nothing-returnable = Aucun article de cette commande ne peut être retourné pour le moment.
# The browser tab's title; $number is the order's number, $shop the shop's name.
returns-start-page-title = Retourner des articles · Commande { $number } · { $shop }
returns-start-title = Retourner des articles
# Before the order's number (a link); a space follows.
returns-start-order = Commande
returns-load-order-error = Votre commande n’a pas pu être chargée

## Steps
# Read by screen readers before the step's title.
returns-step-position = Étape { $step } sur { $total } :
returns-step-edit = Modifier
returns-step-items = Choisir les articles
returns-step-reasons = Indiquer le motif
returns-step-resolutions = Remboursement, avoir ou échange
returns-step-review = Vérifier et envoyer
# Accessible names of the "Edit" buttons.
returns-step-edit-items = Modifier le choix des articles
returns-step-edit-reasons = Modifier les motifs
returns-step-edit-resolutions = Modifier remboursement, avoir ou échange
returns-step-edit-review = Modifier la vérification et l’envoi

## Step 1: items
returns-items-legend = Articles à retourner
# $variant is the product's option (size, colour); $quantity how many were bought; $price what one costs.
returns-items-detail = { $variant } · Qté { $quantity } · { $price } l’unité
returns-items-how-many = Quantité
returns-items-continue = Continuer vers les motifs

## Step 2: reasons
# A step's summary: the item and its reason.
returns-summary-reason = { $item } : { $reason }
returns-reasons-continue = Continuer vers remboursement ou échange
returns-reason-label = Motif
returns-reason-choose = Choisissez un motif
# A reason that needs a photo, in the list of reasons.
returns-reason-photo-needed = { $reason } (photo requise)
returns-comment-label = Autre chose à nous signaler ? (facultatif)

## Photos
# Under the photo picker; $types are the accepted types, $size the largest size.
returns-photos-hint = { $types }, jusqu’à { $size } chacune.
# The name of a picked photo whose file has no name.
returns-photos-default-name = photo
returns-photos-label = Photos de { $item }
returns-photos-remove = Retirer
returns-photos-remove-label = Retirer { $name }
returns-uploads-title = Retour { $rma } demandé : ajout de vos photos
returns-uploads-adding = Ajout de la photo { $index } sur { $total }…
# $count is how many photos there are; $done how many were added.
returns-uploads-some-failed = { $count ->
    [one] Photos ajoutées : { $done } sur { $count }. Certaines n’ont pas pu être ajoutées.
   *[other] Photos ajoutées : { $done } sur { $count }. Certaines n’ont pas pu être ajoutées.
}
returns-uploads-done = Toutes les photos ont été ajoutées. Ouverture de votre retour…
returns-upload-waiting = En attente
returns-upload-sending = Envoi…
returns-upload-added = Ajoutée
returns-uploads-go-to-return = Voir votre retour

## Step 3: refund, credit or exchange
# A step's summary: the item and what the shopper gets instead.
returns-summary-resolution = { $item } : { $resolution }
returns-resolutions-continue = Vérifier votre retour
# $item is the product's name, $variant its option (size, colour).
returns-resolution-legend = À la place de { $item } ({ $variant })
returns-resolution-refund-detail = { $amount } remboursés sur votre moyen de paiement initial
# $bonus is a whole percentage.
returns-resolution-credit-bonus-detail = { $amount } à dépenser dans la boutique, avec un bonus de { $bonus } %
returns-resolution-credit-detail = { $amount } à dépenser dans la boutique
returns-resolution-exchange-none = Aucune autre taille ni couleur n’est en stock pour le moment
returns-resolution-exchange-detail = Une autre taille ou couleur du même article
# A badge on store credit with a bonus.
returns-resolution-bonus-badge = +{ $bonus } %
# $item is the product's name.
returns-exchange-legend = Échanger { $item } contre
returns-exchange-same-price = Même prix
returns-exchange-back = { $amount } vous sont remboursés
returns-exchange-pay-more = Vous payez { $amount } de plus
# After the price difference, when few are left; a separator comes before it.
returns-exchange-few-left = { $count ->
    [one] plus que { $count } en stock
   *[other] plus que { $count } en stock
}
# What an item gets instead; $variant is the variant exchanged for.
returns-exchange-for = Échange contre { $variant }

## Step 4: review
returns-review-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
returns-review-note = Nous examinerons votre demande et vous répondrons par e-mail. Une fois le retour accepté, vous pourrez imprimer l’étiquette de retour.
returns-review-send = Envoyer la demande de retour
returns-review-sending = Envoi de votre demande…
returns-total-refund = Remboursement sur votre moyen de paiement
returns-total-credit = Avoir
returns-total-exchange-back = Échange : remboursé
returns-total-exchange-pay = Échange : à payer
returns-total-exchange = Échange

## The return's page
returns-page-heading = Retour { $rma }
# The browser tab's title; $shop is the shop's name.
returns-page-title = Retour { $rma } · { $shop }
# $number is the order's number, $time when the return was requested.
returns-page-meta = Commande { $number } · demandé le { $time }
returns-load-error = Le retour n’a pas pu être chargé
returns-rejected-title = Ce retour a été refusé
returns-rejected-no-reason = La boutique vous enverra les détails par e-mail.
returns-canceled = Ce retour a été annulé. Vous n’avez rien à renvoyer.
returns-photos-needed = Nous avons besoin d’une photo de l’article endommagé avant de pouvoir accepter ce retour.
returns-history = Historique
returns-history-label = Historique du retour, du plus récent au plus ancien
returns-progress-label = Avancement du retour

## Items of a return
returns-lines-title = Articles
returns-line-detail = { $variant } · Qté { $quantity }
returns-line-reason = Motif
returns-line-note = Votre remarque
returns-line-instead = À la place
returns-line-received = Reçu
# $received of $quantity arrived; $condition is the shop's note on their condition.
returns-line-received-of = { $received } sur { $quantity }
returns-line-received-condition = { $received } sur { $quantity }, { $condition }
returns-line-photo-missing = Une photo de cet article est encore nécessaire.
# $item is the product's name.
returns-thumbs-label = Photos de { $item }
returns-thumb-alt = Photo { $index } sur { $count } de { $item }
returns-thumbs-label-return = Photos de votre retour
returns-thumb-alt-return = Photo { $index } sur { $count } de votre retour

## Sending it back
returns-method-send = Renvoyer le colis
returns-method-parcel = Colis retour
returns-method-address = Adresse de retour
returns-method-print = Imprimer l’étiquette
returns-method-label-later = Votre étiquette de retour sera disponible ici dès que le retour aura été accepté.

## Money
returns-money-title = Montants
returns-money-refund = Remboursement sur votre moyen de paiement
returns-money-credit = Avoir (bonus compris)
returns-money-exchange-back = Échange : remboursé
returns-money-exchange-pay = Échange : à payer
returns-money-exchange = Échange
returns-money-same-price = Même prix
returns-money-paid-out = Sommes versées
returns-payout-credit-done = Avoir de { $amount }, émis
returns-payout-credit-pending = Avoir de { $amount }, en cours
returns-payout-refund-done = Remboursement de { $amount }, effectué
returns-payout-refund-pending = Remboursement de { $amount }, en cours
# Before a store credit code; a space follows.
returns-payout-code = code

## Return label page
returns-label-title = Étiquette de retour { $rma }
# The label image's description; $carrier is the carrier's name, $tracking its tracking number.
returns-label-alt = Étiquette de retour pour le retour { $rma }, numéro de suivi { $carrier } { $tracking }, avec son code-barres et son code QR
returns-label-back = Retour à votre demande
returns-label-print = Imprimer
