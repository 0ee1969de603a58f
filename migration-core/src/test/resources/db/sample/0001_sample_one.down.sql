DROP TABLE sample_one;
