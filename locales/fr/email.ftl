# Vitrine emails to shoppers

# Server and email messages
email-order-thanks = Merci pour votre commande { $number } chez { $shop }.
email-order-got-it = Merci ! Nous avons bien reçu votre commande { $number }.
email-order-total = Total : { $total }
email-order-total-label = Total
email-order-shipping = Livraison : { $method }
email-order-see-it = Consultez votre commande à tout moment : { $link }
email-order-subject = Votre commande { $number } est confirmée
email-order-button = Voir votre commande
email-tracking-number = Numéro de suivi { $carrier } : { $number }
email-follow-order = Suivez votre commande : { $link }
email-track-button = Suivre votre commande
email-shipped-body = Bonne nouvelle : votre commande { $number } est en route avec { $carrier }.
email-estimated-delivery = Livraison estimée : { $window }.
email-shipped-subject = Votre commande { $number } a été expédiée
email-out-for-delivery-body = Votre colis de la commande { $number } est en cours de livraison aujourd’hui avec { $carrier }.
email-out-for-delivery-subject = En cours de livraison : commande { $number }
email-delivered-body = Votre colis de la commande { $number } a été livré. Nous espérons qu’il vous plaira !
email-delivered-subject = Livrée : commande { $number }
email-new-estimate = Nouvelle estimation : { $window }.
email-delayed-subject = Des nouvelles de votre commande { $number }
email-cart-intro-html = Vous avez laissé ces articles dans votre panier ; nous l’avons gardé pour vous :
email-cart-one-reminder-html = Un seul rappel. <a href="{ $link }">Se désabonner</a> des rappels de ce type.
email-cart-subject = Vous hésitez encore ? Votre panier chez { $shop } est enregistré
email-cart-intro-text = Vous avez laissé ces articles dans votre panier :
email-cart-pick-up = Reprenez là où vous vous étiez arrêté : { $link }
email-cart-one-reminder-text = Un seul rappel. Se désabonner : { $link }
email-cart-heading = Votre panier est enregistré
email-cart-button = Retour au panier
email-restock-html = { $name } est de nouveau en stock. Vous nous avez demandé de vous prévenir une fois ; voici cet e-mail.
email-unsubscribe-html = <a href="{ $link }">Se désabonner</a> des e-mails de ce type.
email-restock-subject = { $name } est de nouveau en stock
email-restock-text = { $name } est de nouveau en stock : { $link }
email-restock-text-once = Vous nous avez demandé de vous prévenir une fois. Se désabonner : { $link }
email-restock-heading = { $title } est de retour
email-restock-button = Voir dans la boutique
email-follow-up-and-more = { $count ->
    [one] { $first } et { $count } autre article
   *[other] { $first } et { $count } autres articles
}
email-follow-up-your-order = votre commande
email-follow-up-arrived = Votre commande { $number } est arrivée il y a quelques jours. Nous espérons que { $what } correspond à tout ce que vous attendiez.
email-follow-up-not-right-html = Si quelque chose ne va pas (la taille, la couleur, un défaut), répondez à cet e-mail ou lancez un retour depuis la page de votre commande dans les { $days } jours suivant la livraison.
email-follow-up-not-right-text = Si quelque chose ne va pas, répondez à cet e-mail ou lancez un retour depuis la page de votre commande dans les { $days } jours suivant la livraison : { $link }
email-follow-up-one-email-html = Un seul e-mail. <a href="{ $link }">Se désabonner</a> des e-mails de ce type.
email-follow-up-one-email-text = Un seul e-mail. Se désabonner : { $link }
email-follow-up-subject = Que pensez-vous de { $what } ?
email-follow-up-heading = Qu’avez-vous pensé de nous ?
email-follow-up-button = Votre commande
email-return-follow = Suivez votre retour : { $link }
email-return-button = Voir votre retour
email-return-requested-subject = Nous avons bien reçu votre demande de retour { $rma }
email-return-requested-thanks = Merci : nous avons bien reçu votre demande de retour d’articles de la commande { $number }.
email-return-requested-review = Nous l’examinerons sous un jour ouvré et vous indiquerons par e-mail comment nous renvoyer les articles.
email-return-approved-subject = Votre retour { $rma } est accepté
email-return-approved-body = Bonne nouvelle : votre retour { $rma } est accepté.
email-return-approved-label = Imprimez l’étiquette depuis la page de votre retour, collez-la sur le colis et déposez-le dans n’importe quel point { $carrier } sous { $days } jours.
email-return-rejected-subject = À propos de votre retour { $rma }
email-return-rejected-body = Nous sommes désolés : nous ne pouvons pas accepter votre retour { $rma }.
email-return-rejected-reason = Le motif : { $reason }
email-return-rejected-reply = Répondez à cet e-mail si vous souhaitez en discuter.
email-return-received-subject = Nous avons bien reçu votre retour { $rma }
email-return-received-body = Votre retour { $rma } est arrivé et nous l’avons vérifié : { $summary }.
email-return-received-next = Votre remboursement, votre avoir ou votre échange suivra sous { $days } jours ouvrés.
email-return-credit-subject = Votre avoir pour le retour { $rma }
email-return-credit-ready = Votre avoir de { $amount } est prêt.
email-return-credit-ready-bonus = Votre avoir de { $amount } (avec notre bonus de { $percent } %) est prêt.
email-return-credit-code = Votre code : { $code }. Conservez-le précieusement : il fonctionne comme une carte cadeau.
email-exchange-subject = Votre échange pour le retour { $rma } a été expédié
email-exchange-body = Votre échange est en route : { $items }.
email-refund-subject = Remboursement de votre retour { $rma }
email-refund-body = Nous avons remboursé { $amount } sur votre moyen de paiement d’origine pour le retour { $rma }.
email-refund-banks = Les banques mettent 3 à 5 jours à l’afficher.
