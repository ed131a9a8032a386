# Vitrine server: the API's messages to shoppers

# Server and email messages
server-locales-not-found = Cette langue ou ce catalogue n’existe pas.
server-cart-missing = Il n’y a pas de panier ici. Il a peut-être expiré ; un nouveau panier commence dès que vous ajoutez un article.
server-cart-checked-out = Ce panier a déjà été commandé et ne peut plus être modifié. Commencez un nouveau panier pour continuer vos achats.
server-cart-changed = Votre panier a été modifié dans un autre onglet ou une autre fenêtre. Voici sa dernière version.
server-quantity-range = Choisissez une quantité de 1 à { $max }.
server-quantity-range-problem = doit être un nombre entier de 1 à { $max }
server-stock-sold-out = Désolé, cet article est épuisé.
server-stock-left = Plus que { $count } en stock.
server-stock-left-in-cart = Plus que { $count } en stock, et vous en avez déjà { $in_cart } dans votre panier.
server-country-not-shipped = Nous ne livrons pas encore vers { $country }.
server-country-unknown = Ce n’est pas un code de pays.
server-region-unknown = « { $region } » n’est pas { $kind ->
    [state] un État
    [province] une province
   *[other] une région
} de { $country }.
server-shipping-unavailable-destination = Ce mode de livraison n’est pas disponible pour cette destination.
server-shipping-country-first = Choisissez un pays avant le mode de livraison.
server-email-invalid = Saisissez une adresse e-mail comme name@example.com.
server-variant-unknown = Cette variante du produit n’existe pas.
server-quantity-max = Au maximum { $max } exemplaires d’un même article par commande ; vous en avez déjà { $in_cart } dans votre panier.
server-line-missing = Cet article n’est pas (ou plus) dans ce panier.
server-item-discontinued = Cet article n’est plus vendu.
server-discount-empty = Saisissez un code de réduction.
server-restore-gone = Ce lien n’ouvre plus de panier : il a été commandé, ou le lien est erroné.
server-product-or-variant-unknown = Ce produit ou cette variante n’existe pas.
server-restock-in-stock = { $title } est de nouveau en stock : ajoutez-le à votre panier.
server-restock-noted = Nous vous écrirons une seule fois à { $email } dès que { $title } sera de nouveau en stock. Rien d’autre.
server-product-missing = Il n’y a aucun produit à cette adresse.
server-payment-failed = Ce paiement n’a pas abouti. Votre panier reste ouvert pour que vous puissiez réessayer.
server-cart-empty = Votre panier est vide.
server-line-problem = { $title } : { $problem }
server-shipping-unavailable-address = Ce mode de livraison n’est pas disponible pour cette adresse. Choisissez-en un autre.
server-payment-unavailable = { $method } n’est pas disponible pour cette commande. Choisissez un autre moyen de paiement.
server-invoice-needs-company = Le paiement sur facture nécessite un nom d’entreprise dans l’adresse.
server-total-changed = Le total est passé à { $total } depuis votre dernière consultation. Veuillez vérifier votre commande et la passer à nouveau.
server-check-address = Veuillez vérifier l’adresse de livraison.
server-cart-not-open = Ce panier est déjà en cours de commande ou a été commandé. Rechargez la page pour voir son état.
server-line-sold-out = { $title } ({ $variant }) vient d’être épuisé.
server-line-only-left = Il ne reste que { $count } { $title } ({ $variant }). Réduisez la quantité pour continuer.
server-credit-spent-meanwhile = Une partie de cet avoir vient d’être utilisée pour une autre commande : il ne couvre donc plus celle-ci. Vérifiez le solde et choisissez comment régler le reste.
server-address-first = Saisissez d’abord une adresse de livraison : les modes de livraison dépendent de la destination.
server-credit-invalid = Ce code d’avoir n’est pas valide. Comparez-le à celui de l’e-mail qui vous l’a envoyé.
server-credit-currency = Cet avoir est en { $credit } ; cette commande est en { $order }.
server-credit-used-up = Cet avoir a été entièrement utilisé.
server-lookup-not-found = Nous n’avons trouvé aucune commande avec ce numéro et cette adresse e-mail. Vérifiez-les dans votre e-mail de confirmation.
server-lookup-too-many = { $minutes ->
    [one] Trop de tentatives. Veuillez patienter { $minutes } minute, puis réessayez.
   *[other] Trop de tentatives. Veuillez patienter { $minutes } minutes, puis réessayez.
}
server-order-link-missing = Il n’existe aucune commande avec ce numéro et ce lien. Vérifiez le lien dans votre e-mail de confirmation.
server-payment-awaiting-confirmation = Votre banque attend encore que vous confirmiez le paiement.
server-return-link-missing = Il n’existe aucun retour avec ce numéro et ce lien. Vérifiez le lien dans votre e-mail.
server-return-check-items = Vérifiez les articles que vous souhaitez retourner.
server-return-comment-too-long = { $max } caractères au maximum.
server-return-exchange-same-product = Choisissez une autre taille ou couleur du même produit.
server-return-exchange-sold-out = Certains articles que vous avez choisis en échange viennent d’être épuisés.
server-return-exchange-item-sold-out = { $title } est épuisé. Choisissez un autre article ou un remboursement.
server-photo-too-late = Vous pouvez ajouter des photos jusqu’à ce que le colis soit renvoyé.
server-photo-too-many = Un retour peut comporter { $max } photos au maximum.
server-photo-too-large = Cette photo dépasse { $mb } Mo. Envoyez-en une plus petite.
server-photo-empty = Ce fichier est vide.
server-photo-missing = Cette photo n’existe pas.
server-label-not-ready = L’étiquette sera disponible dès que le retour sera accepté.
server-label-closed = Ce retour a été clôturé : il n’y a rien à envoyer.
server-internal = Un problème est survenu de notre côté. Veuillez réessayer.
server-unavailable = La boutique est momentanément indisponible. Rien n’a été modifié ; veuillez réessayer dans quelques secondes.
# An order's shipping method: the shop's own name for it ($name, e.g. "Standard") and its delivery time.
server-shipping-method = { $name } ({ $min } à { $max } jours ouvrés)

# Order and return history: written in the order's language, whoever acts
server-event-placed = Commande passée.
server-event-paid = Paiement confirmé. Nous préparons votre commande.
server-event-processing = Nous emballons votre commande.
server-event-canceled-by-shop = La boutique a annulé cette commande.
server-event-canceled-by-shop-reason = La boutique a annulé cette commande : { $reason }
server-event-canceled-on-request = Annulée à la demande du client ; le paiement a été remboursé.
server-event-refunded-card = Remboursement de { $amount } sur votre carte.
server-event-payment-timed-out = Le paiement n’a pas été finalisé à temps : la commande a donc été annulée et les articles ont été remis en stock.
server-event-provider-unreachable = Le prestataire de paiement n’a pas pu être joint.
server-event-shipped = Votre commande a été expédiée avec { $carrier } (suivi { $tracking }).
server-event-shipped-part = Une partie de votre commande a été expédiée avec { $carrier } (suivi { $tracking }).
# $status: the order's new status; $label: its name, for any other status
server-event-order-status = { $status ->
    [partially_shipped] Partiellement expédiée.
    [shipped] Expédiée.
    [out_for_delivery] En cours de livraison.
    [delivered] Livrée.
    [exception] Problème de livraison.
   *[other] { $label }.
}
server-event-order-return-requested = Retour { $rma } demandé.
server-event-order-return-refunded = Remboursement de { $amount } pour le retour { $rma }.
server-event-order-exchange-shipped = Échange du retour { $rma } expédié avec { $carrier } (suivi { $tracking }).
server-event-return-requested = Vous avez demandé à retourner ces articles. Nous examinerons votre demande sous un jour ouvré.
server-event-return-approved = Retour accepté. Imprimez l’étiquette et déposez le colis dans n’importe quel point { $carrier }.
server-event-return-rejected = Nous ne pouvons pas accepter ce retour : { $reason }
# $items: "1 × Chemise en lin (portée), 2 × Tasse"
server-event-return-received = Votre colis est arrivé et nous l’avons vérifié : { $items }.
server-event-return-refunded = Remboursement de { $amount } sur votre moyen de paiement d’origine. Les banques mettent 3 à 5 jours à l’afficher.
server-event-return-credited = Avoir de { $amount } émis : code { $code }.
server-event-return-credited-bonus = Avoir de { $amount } (avec notre bonus de { $percent } %) émis : code { $code }.
server-event-return-exchanged = Votre échange est en route : { $items } avec { $carrier } (suivi { $tracking }).
server-event-return-in-transit = Le transporteur a pris en charge votre colis : il est en route vers nous.
server-event-return-arrived = Votre colis est arrivé dans notre entrepôt. Nous allons le vérifier sous peu.

## A browser page on a site the shop is not connected to (embedded widgets).
server-origin-not-connected = Ce site n’est pas relié à la boutique.
server-origin-not-connected-field = { $origin } ne figure pas dans la liste des sites reliés à la boutique (--cors-origin).

## How a return goes back (the return page's "How to send it back"), by the return's status.
server-return-method-requested = Nous examinons votre demande. Une fois acceptée, imprimez l’étiquette ici et déposez le colis dans n’importe quel point { $carrier }.
server-return-method-approved = Emballez les articles en laissant le RMA de l’étiquette visible, collez l’étiquette sur le colis et déposez-le dans n’importe quel point { $carrier } sous { $days } jours. Pas d’imprimante ? Présentez le QR code au comptoir.
server-return-method-closed = Rien à renvoyer.
server-return-method-sent = Votre colis est en route vers nous ou déjà arrivé. Nous vous écrirons dès qu’il aura été vérifié.

## The console's checklist before packing (an order's page).
server-check-address-ok = L’adresse respecte le format du pays et le code postal correspond à la région.
server-check-address-fix = À corriger avant l’emballage : { $problems }
server-check-stock-ok = Chaque article a été retiré du stock pour cette commande lors de la commande ou du paiement.
server-check-stock-canceled = La commande est annulée : ses articles sont revenus en stock.
server-check-stock-held = Les articles ne sont réservés que le temps de confirmer le paiement par carte.
server-check-paid = Payée par { $kind }.
server-check-on-delivery = Paiement à la livraison : le livreur encaisse le paiement.
server-check-awaiting = En attente du paiement ({ $kind }).
server-check-pending = Le paiement par carte n’est pas encore confirmé.
server-check-no-payment = Aucun paiement reçu : rien ne peut être expédié.
