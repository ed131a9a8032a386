# Vitrine console

## Cadre : en-tête, navigation, connexion
console-skip-to-content = Aller au contenu
console-brand = Console { $shop }
console-nav-label = Console
console-nav-orders = Commandes
console-nav-inventory = Stock
console-nav-metrics = Indicateurs
console-nav-alerts = Alertes
console-nav-alerts-open = { $count ->
    [one] {" "}ouverte
   *[other] {" "}ouvertes
}
console-nav-theme = Thème
console-view-shop = Voir la boutique
console-sign-out = Se déconnecter
console-signed-out = Déconnexion effectuée.
console-signed-in = Connexion réussie.
console-signin-title = Connexion à la console
console-signin-lede = Commandes, stock et chiffres de la semaine. Utilisez une clé d’administration créée avec { $command }.
console-signin-key-label = Clé d’administration
console-signin-key-hint = Conservée dans cet onglet uniquement ; le fermer vous déconnecte.
console-signin-key-missing = Saisissez la clé d’administration.
console-signin-key-invalid = Cette clé n’est pas valide ou a été révoquée. Vérifiez-la et réessayez.
console-signin-checking = Vérification…
console-signin-submit = Se connecter

## Files de commandes
console-queue-title = Commandes
console-queue-to-verify = À vérifier
console-queue-to-pack = À préparer
console-queue-late = En retard
console-queue-awaiting-payment = En attente de paiement
console-queue-shipped = Expédiées
console-queue-returns-waiting = Retours en attente
console-queue-find-label = Numéro de commande
console-queue-find-placeholder = Numéro de commande, p. ex. VT-7QK2-9XH4
console-queue-find-submit = Ouvrir
console-queue-tabs-label = Files de travail
console-queue-error = La liste n’a pas pu être chargée
console-queue-empty = Rien dans « { $queue } » pour le moment.
console-queue-orders-label = { $count ->
    [one] { $queue } : { $count } commande
   *[other] { $queue } : { $count } commandes
}
console-queue-orders-caption = { $count ->
    [one] { $queue } : { $count } commande, les plus récentes d’abord
   *[other] { $queue } : { $count } commandes, les plus récentes d’abord
}
console-queue-col-order = Commande
console-queue-col-placed = Passée le
console-queue-col-customer = Client
console-queue-col-items = Articles
console-queue-col-total = Total
console-queue-col-status = Statut
console-queue-test-order = Commande test
console-queue-verified = {" "}· vérifiée
console-queue-returns-empty = Aucun retour ne vous attend.
console-queue-returns-label = Retours en attente : { $count }
console-queue-returns-caption = Retours en attente : { $count }, les plus récents d’abord
console-queue-col-return = Retour
console-queue-col-requested = Demandé le
console-queue-col-waiting-for = En attente de
console-queue-waiting-photos = Les photos du client
console-queue-waiting-approval = Votre approbation
console-queue-waiting-refund = Votre remboursement ou avoir

## Une commande
console-order-title = Commande { $number }
console-order-back = ← Toutes les commandes
console-order-error = La commande n’a pas pu être chargée
console-order-placed = {" "}· passée le{" "}
console-order-parcels = Colis
console-order-as-seen = La commande
console-order-verified = Commande { $number } vérifiée : elle est prête à être préparée.
console-check-title = Avant la préparation
console-check-address-valid = Adresse valide
console-check-stock-reserved = Stock réservé
console-check-payment-captured = Paiement encaissé
console-check-other = Contrôle
console-check-passed = {" "}: réussi.{" "}
console-check-failed = {" "}: échoué.{" "}
console-check-verify-and-pack = Vérifier et lancer la préparation
console-check-verify = Vérifier
console-ship-title = Expédier
console-ship-hint = Tout ce qui n’a pas encore été expédié part dans un seul colis ; le client reçoit le lien de suivi par e-mail.
console-ship-carrier = Transporteur
console-ship-tracking = Numéro de suivi
console-ship-service = Service (facultatif)
console-ship-service-placeholder = Standard
console-ship-submit = Créer l’expédition
console-ship-done = Expédié avec { $carrier } { $tracking }.
console-checkpoint-done = Étape de suivi ajoutée : { $status }.
console-checkpoint-summary = Ajouter une étape de suivi à { $carrier } { $tracking }
console-checkpoint-status = Statut
console-checkpoint-message = Message
console-checkpoint-message-placeholder = Arrivé au centre de tri du transporteur
console-checkpoint-location = Lieu (facultatif)
console-checkpoint-location-placeholder = Lyon
console-checkpoint-submit = Ajouter l’étape
console-deliver-submit = Marquer tous les colis comme livrés
console-deliver-done = Commande { $number } marquée comme livrée.
console-cancel-title = Annuler
console-cancel-reason = Motif, visible par le client
console-cancel-reason-placeholder = En rupture chez le fournisseur
console-cancel-start = Annuler la commande…
console-cancel-confirm = Annuler { $number } ? Son stock est rétabli et tout paiement par carte est remboursé.
console-cancel-yes = Oui, annuler la commande
console-cancel-keep = La conserver
console-cancel-done = Commande { $number } annulée ; le stock est rétabli et tout paiement remboursé.
console-returns-title = Retours
console-return-approve = Approuver { $rma }
console-return-receive = Marquer { $rma } comme reçu
console-return-refund = Rembourser { $rma }
console-return-approved = Retour { $rma } : approuvé, l’étiquette est prête.
console-return-received = Retour { $rma } : reçu et contrôlé.
console-return-refunded = Retour { $rma } : remboursé.
console-return-summary = { $count ->
    [one] { $count } article · { $status }
   *[other] { $count } articles · { $status }
}
console-return-photos-needed = En attente des photos du client.
console-messages-title = Messages au client
console-messages-empty = Aucun e-mail rédigé pour l’instant.
console-messages-to = À { $recipient } ·{" "}
console-messages-sent = {" "}· envoyé
console-messages-waiting = {" "}· en attente d’envoi

## Stock
console-inventory-title = Stock
console-inventory-view-all = Tout
console-inventory-view-reorder = Au seuil de réapprovisionnement ou en dessous
console-inventory-view-out = En rupture
console-inventory-views-label = Vues du stock
console-inventory-export = Exporter en CSV
console-inventory-exported = Stock exporté dans { $file }.
console-inventory-export-error = L’export a échoué
console-inventory-lead = Délai de livraison (jours)
console-inventory-safety = Stock de sécurité (semaines)
console-inventory-recompute = Recalculer
console-inventory-rule = Seuil de réapprovisionnement : ventes hebdomadaires moyennes sur 8 semaines × ({ $lead } de délai de livraison + { $safety } de stock de sécurité), arrondi à l’unité supérieure.
console-inventory-rule-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
console-inventory-rule-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
console-inventory-error = Le stock n’a pas pu être chargé
console-inventory-status-out = En rupture
console-inventory-status-low = À commander
console-inventory-status-ok = OK
console-inventory-empty = Aucune variante dans cette vue.
console-inventory-table-label = { $count ->
    [one] Stock : { $count } variante
   *[other] Stock : { $count } variantes
}
console-inventory-table-caption = { $count ->
    [one] Stock de { $count } variante
   *[other] Stock de { $count } variantes
}
console-inventory-col-variant = Variante
console-inventory-col-on-hand = En stock
console-inventory-col-held = Réservé
console-inventory-col-available = Disponible
console-inventory-col-weekly = Ventes par semaine (8 semaines)
console-inventory-col-cover = Couverture (jours)
console-inventory-col-reorder-at = Seuil de commande
console-inventory-col-status = Statut
console-inventory-col-adjust = Ajuster
console-inventory-adjust = Ajuster
console-inventory-close = Fermer
console-inventory-adjust-variant = Ajuster { $name }
console-adjust-change = Variation (+/−)
console-adjust-change-placeholder = 12 ou -3
console-adjust-not-a-number = Saisissez un nombre entier : 12 pour ajouter, -3 pour retirer.
console-adjust-zero = Saisissez une variation différente de 0.
console-adjust-done = Stock modifié de { $change } : désormais { $stock }.
console-adjust-reason = Motif
console-adjust-reason-count = Inventaire
console-adjust-reason-delivery = Livraison du fournisseur
console-adjust-reason-damaged = Endommagé en entrepôt
console-adjust-reason-returned = Renvoyé au fournisseur
console-adjust-submit = Enregistrer
console-ledger-error = Le journal des mouvements n’a pas pu être chargé
console-ledger-empty = Aucune modification manuelle pour l’instant.
console-ledger-caption = Journal des mouvements, les plus récents d’abord
console-ledger-col-when = Date
console-ledger-col-change = Variation
console-ledger-col-after = Après
console-ledger-col-why = Motif
console-ledger-col-who = Par

## Indicateurs
console-metrics-title = Indicateurs
console-metrics-periods-label = Périodes
console-metrics-last-7-days = 7 derniers jours
console-metrics-last-30-days = 30 derniers jours
console-metrics-last-90-days = 90 derniers jours
console-metrics-last-12-months = 12 derniers mois
console-metrics-from = Du
console-metrics-to = Au
console-metrics-show = Afficher
console-metrics-error = Les indicateurs n’ont pas pu être chargés
console-metrics-range = Du { $from } au { $to }
console-metrics-percent = { $value } %
console-metrics-days = { $days } jours
console-metrics-hours = { $hours } h
console-metrics-turns = { $turns }×
console-metrics-revenue = Chiffre d’affaires
console-metrics-revenue-note = { $count ->
    [one] { $count } commande
   *[other] { $count } commandes
}
console-metrics-aov = Panier moyen
console-metrics-conversion = Taux de conversion
console-metrics-conversion-note = { $count ->
    [one] sur { $count } panier avec articles
   *[other] sur { $count } paniers avec articles
}
console-metrics-abandonment = Abandon de panier
console-metrics-abandonment-note = { $count ->
    [one] { $count } panier jamais commandé
   *[other] { $count } paniers jamais commandés
}
console-metrics-cycle-time = Délai de traitement
console-metrics-cycle-time-note = { $count ->
    [one] médiane sur { $count } commande expédiée, de la commande à l’expédition ; p90 { $p90 }
   *[other] médiane sur { $count } commandes expédiées, de la commande à l’expédition ; p90 { $p90 }
}
console-metrics-turnover = Rotation des stocks
console-metrics-turnover-note = { $count ->
    [one] { $count } unité vendue
   *[other] { $count } unités vendues
}
console-metrics-return-rate = Taux de retour
console-metrics-return-rate-note = { $count ->
    [one] { $returned } sur { $count } unité
   *[other] { $returned } sur { $count } unités
}
console-metrics-refund-time = Délai de remboursement
console-metrics-refund-time-note = médiane ; { $share } sous 2 jours ouvrés
console-metrics-refund-time-none = aucun remboursement sur cette période
console-metrics-ltv = Valeur vie client
console-metrics-ltv-note = moyenne, clients de cette période
console-metrics-bar-revenue = { $count ->
    [one] { $money } · { $count } commande
   *[other] { $money } · { $count } commandes
}
console-metrics-bar-product = { $rate } ({ $returned } sur { $count })
console-metrics-bar-reason = { $count ->
    [one] { $share } ({ $count } unité)
   *[other] { $share } ({ $count } unités)
}
console-metrics-revenue-by-day = Chiffre d’affaires par jour
console-metrics-col-day = Jour
console-metrics-returns-by-product = Taux de retour par produit
console-metrics-returns-by-product-top = Taux de retour par produit (top 10)
console-metrics-col-product = Produit
console-metrics-returns-by-reason = Retours par motif
console-metrics-col-share = Part des unités retournées
console-metrics-col-reason = Motif
console-metrics-customers-by-ltv = Clients par valeur vie client
console-metrics-customers-by-ltv-top = Clients par valeur vie client (top 10)
console-metrics-col-ltv = Valeur vie client
console-metrics-col-customer = Client

## Graphiques
console-chart-empty = Rien sur cette période.
console-chart-summary = { $count ->
    [one] { $count } barre ; la plus haute : { $value } ({ $label }). Le tableau à côté donne toutes les valeurs.
   *[other] { $count } barres ; la plus haute : { $value } ({ $label }). Le tableau à côté donne toutes les valeurs.
}
console-chart-table-label = { $title }, sous forme de tableau

## Alertes
console-alerts-title = Alertes
console-alerts-views-label = Vues des alertes
console-alerts-view-open = Ouvertes
console-alerts-view-resolved = Résolues
console-alerts-view-all = Toutes
console-alerts-empty = Rien ne requiert votre attention ici.
console-alerts-error = Les alertes n’ont pas pu être chargées
console-alerts-resolved-done = Alerte résolue : { $title }.
console-alerts-raised = Déclenchée le{" "}
console-alerts-resolved-cleared = {" "}· résolue : la condition a disparu
console-alerts-resolved-by = {" "}· résolue par { $name }
console-alerts-resolved = {" "}· résolue
console-alerts-go = Voir
console-alerts-about = {" "}: { $title }
console-alerts-resolve = Résoudre
