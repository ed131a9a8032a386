# Vitrine theme

## Theme editor: page and messages
theme-title = Thème
theme-lede = Choisissez l’apparence de la boutique. L’aperçu affiche ses pages au fil de vos modifications ; rien ne change pour vos clients tant que vous ne l’avez pas appliqué.
theme-settings-label = Paramètres du thème
# $error is the API's or the network's error, as it reads.
theme-load-failed = Le thème enregistré n’a pas pu être chargé ({ $error }) ; vous modifiez le thème par défaut.
theme-contrast-failing = { $count ->
    [one] Un choix ne respecte pas le contraste WCAG AA : corrigez-le (signalé ci-dessous) avant d’appliquer le thème.
   *[other] { $count } choix ne respectent pas le contraste WCAG AA : corrigez-les (signalés ci-dessous) avant d’appliquer le thème.
}
theme-applied = Thème appliqué : toutes les pages de la boutique, la page de paiement et les nouveaux e-mails l’utilisent désormais.
# Announced to screen readers.
theme-applied-notice = Thème appliqué à la boutique.
theme-not-applied = Non appliqué : { $error }

## Presets
theme-preset-legend = Modèle
theme-preset-hint = Choisir un modèle réinitialise vos réglages à partir de celui-ci.
theme-preset-auto = Automatique
theme-preset-auto-words = Clair ou sombre, selon le système du client
theme-preset-light = Clair
theme-preset-light-words = L’apparence par défaut, toujours claire
theme-preset-dark = Sombre
theme-preset-dark-words = L’apparence par défaut, toujours sombre
theme-preset-boutique = Boutique
theme-preset-boutique-words = Empattements chaleureux : crème, expresso et bordeaux
theme-preset-street = Urbain
theme-preset-street-words = Audacieux et très contrasté, angles droits
theme-preset-calm = Sérénité
theme-preset-calm-words = Pierre et sauge, angles adoucis, aéré

## Colours: each token's name and what it paints
theme-colours-legend = Couleurs
theme-colours-hint = Chaque couleur a une version claire et une version sombre : les clients dont le système est en mode sombre voient la version sombre.
theme-colour-accent = Accent
theme-colour-accent-what = Boutons, liens, l’étape en cours
theme-colour-accent-hover = Accent, au survol
theme-colour-accent-hover-what = Boutons sous le pointeur
theme-colour-accent-text = Texte sur l’accent
theme-colour-accent-text-what = Libellés des boutons d’accent
theme-colour-bg = Page
theme-colour-bg-what = L’arrière-plan de tout
theme-colour-surface = Surfaces
theme-colour-surface-what = Cartes, champs, le panneau du panier
theme-colour-surface-muted = Surfaces discrètes
theme-colour-surface-muted-what = Fonds d’images, le pied de page
theme-colour-text = Texte
theme-colour-text-what = Texte courant et titres
theme-colour-text-muted = Texte secondaire
theme-colour-text-muted-what = Indications, catégories, libellés
theme-colour-border-strong = Bordures
theme-colour-border-strong-what = Champs et boutons secondaires
theme-colour-sale = Promotion
theme-colour-sale-what = Prix promotionnels et badges
theme-colour-danger = Erreurs
theme-colour-danger-what = Erreurs de saisie et avertissements
theme-colour-focus = Contour de focus
theme-colour-focus-what = Le contour du focus clavier
# A colour picker's label; $label is the colour's name above ("Accent").
theme-colour-light-side = { $label }, clair
theme-colour-dark-side = { $label }, sombre

## Type
theme-type-legend = Typographie
theme-font-body = Police du texte
theme-font-heading = Police des titres
theme-font-same-as-body = Identique au texte
theme-font-preset = Police du modèle
theme-font-system-sans = Sans empattement du système
theme-font-humanist-sans = Sans empattement humaniste
theme-font-transitional-serif = Empattements de transition
theme-font-old-style-serif = Empattements à l’ancienne
theme-font-heavy-grotesque = Linéale grasse
theme-font-monospace = Chasse fixe
theme-density = Densité
theme-density-compact = Compacte
theme-density-regular = Normale
theme-density-comfortable = Confortable

## Shape and space
theme-shape-legend = Formes et espacements
theme-corner-radius = Arrondi des angles
# The corner radius slider's value in pixels.
theme-radius-value = { $px } px
theme-buttons = Boutons
theme-shape-square = Carrés
theme-shape-rounded = Arrondis
theme-shape-pill = Pilule
theme-spacing = Espacement
theme-spacing-tight = Serré
theme-spacing-regular = Normal
theme-spacing-roomy = Aéré
theme-spacing-spacious = Spacieux

## Actions
theme-changes-pending = Modifications pas encore appliquées.
theme-changes-none = C’est ce qu’utilise actuellement la boutique.
theme-applying = Application…
theme-apply = Appliquer à la boutique
theme-undo = Annuler les modifications
theme-download = Télécharger theme.json
theme-css-label = CSS à coller
theme-css-hint = Pour une page que le serveur de la boutique ne génère pas : ajoutez-le après les styles Vitrine.

## Preview
theme-preview-title = Aperçu
theme-preview-in = Aperçu en mode
theme-preview-light = Clair
theme-preview-dark = Sombre
theme-preview-forced = Ce modèle utilise toujours le même mode ; l’aperçu l’affiche.
theme-preview-follows-system = Vos clients voient la version claire ou sombre selon le réglage de leur système.
# Follows one of the two sentences above, after a space.
theme-preview-picture = L’aperçu est une image : il ne réagit pas aux clics.
theme-pane-catalog = Catalogue
theme-pane-product = Produit
theme-pane-cart-drawer = Panneau du panier
theme-pane-checkout-payment = Commande : paiement
theme-pane-order = Statut et suivi de la commande
theme-pane-return = Formulaire de retour
theme-preview-no-order = Aucune commande livrée pour l’instant : la page de commande et le suivi apparaîtront ici dès qu’il y en aura une.
theme-preview-no-return = Aucune commande à retourner pour l’instant : le formulaire de retour apparaîtra ici dès qu’une commande aura été livrée.

## Preview: the sample storefront's fixed texts
theme-sample-add-to-cart = Ajouter au panier
theme-sample-cart-title = { $count ->
    [one] Votre panier ({ $count } article)
   *[other] Votre panier ({ $count } articles)
}
theme-sample-subtotal = Sous-total
theme-sample-total = Total
theme-sample-check-out = Commander
theme-sample-view-cart = Voir le panier
theme-sample-card-incomplete = Votre numéro de carte est incomplet.
theme-sample-payment = Paiement
theme-sample-pay-now = Payer maintenant
# $number is the order's number, like 1042.
theme-sample-order-title = Commande { $number }
