-- How a kecamatan computes capaian: the formula for lower-is-better indicators and the cap on a
-- sasaran's capaian (domain brief, "Indicators and capaian" and "Aggregation").
ALTER TABLE kecamatan
  ADD COLUMN capaian_lower_formula VARCHAR(16) NOT NULL DEFAULT 'RATIO',
  ADD COLUMN capaian_cap DECIMAL(6, 2) NOT NULL DEFAULT 120.00,
  ADD CONSTRAINT ck_kecamatan_lower_formula CHECK (capaian_lower_formula IN ('RATIO', 'DIFFERENCE'));
