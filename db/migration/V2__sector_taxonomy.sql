-- The sector / activity-type taxonomy (shared/DOMAIN.md §2.3 proposal, two levels). Reference data, not
-- editorial content: it changes with the schema, so it lives in a migration rather than in the seed files.

INSERT INTO sector (code, sort_order, name_en, name_es, name_fr) VALUES
    ('energy_supply',      10, 'Energy supply',          'Suministro de energía',            'Approvisionnement énergétique'),
    ('energy_efficiency',  20, 'Energy efficiency',      'Eficiencia energética',            'Efficacité énergétique'),
    ('household_energy',   30, 'Household energy',       'Energía doméstica',                'Énergie domestique'),
    ('transport',          40, 'Transport',              'Transporte',                       'Transports'),
    ('waste',              50, 'Waste',                  'Residuos',                         'Déchets'),
    ('agriculture',        60, 'Agriculture',            'Agricultura',                      'Agriculture'),
    ('forestry_land_use',  70, 'Forestry and land use',  'Silvicultura y uso de la tierra',   'Forêts et utilisation des terres'),
    ('industry',           80, 'Industry',               'Industria',                        'Industrie'),
    ('carbon_removals',    90, 'Carbon removals',        'Remociones de carbono',            'Absorptions de carbone'),
    ('other',             100, 'Other',                  'Otros',                            'Autres');

INSERT INTO activity_type (code, sector_code, sort_order, name_en, name_es, name_fr) VALUES
    ('renewable_power',      'energy_supply',     10, 'Renewable power',                  'Energía renovable',              'Électricité renouvelable'),
    ('off_grid_solar',       'energy_supply',     20, 'Off-grid solar',                   'Solar fuera de red',             'Solaire hors réseau'),
    ('grid_and_storage',     'energy_supply',     30, 'Grids and storage',                'Redes y almacenamiento',         'Réseaux et stockage'),
    ('efficiency_buildings', 'energy_efficiency', 10, 'Efficient buildings',              'Edificios eficientes',           'Bâtiments efficaces'),
    ('efficiency_industry',  'energy_efficiency', 20, 'Industrial energy efficiency',     'Eficiencia energética industrial', 'Efficacité énergétique industrielle'),
    ('clean_cooking',        'household_energy',  10, 'Clean cooking (improved cookstoves)', 'Cocción limpia (cocinas mejoradas)', 'Cuisson propre (foyers améliorés)'),
    ('efficient_lighting',   'household_energy',  20, 'Efficient lighting',               'Iluminación eficiente',          'Éclairage efficace'),
    ('e_mobility',           'transport',         10, 'Electric mobility',                'Movilidad eléctrica',            'Mobilité électrique'),
    ('public_transport',     'transport',         20, 'Public transport',                 'Transporte público',             'Transports publics'),
    ('landfill_gas',         'waste',             10, 'Landfill gas and methane',         'Gas de relleno sanitario y metano', 'Gaz de décharge et méthane'),
    ('waste_management',     'waste',             20, 'Waste management',                 'Gestión de residuos',            'Gestion des déchets'),
    ('agricultural_biogas',  'agriculture',       10, 'Agricultural biogas',              'Biogás agrícola',                'Biogaz agricole'),
    ('rice_cultivation',     'agriculture',       20, 'Rice cultivation',                 'Cultivo de arroz',               'Riziculture'),
    ('livestock',            'agriculture',       30, 'Livestock',                        'Ganadería',                      'Élevage'),
    ('redd_plus',            'forestry_land_use', 10, 'REDD+',                            'REDD+',                          'REDD+'),
    ('afforestation',        'forestry_land_use', 20, 'Afforestation and reforestation',  'Forestación y reforestación',    'Boisement et reboisement'),
    ('industrial_gases',     'industry',          10, 'Industrial gases',                 'Gases industriales',             'Gaz industriels'),
    ('industrial_processes', 'industry',          20, 'Industrial processes',             'Procesos industriales',          'Procédés industriels'),
    ('engineered_removals',  'carbon_removals',   10, 'Engineered removals',              'Remociones tecnológicas',        'Absorptions technologiques'),
    ('other_activity',       'other',             10, 'Other activity',                   'Otra actividad',                 'Autre activité');
