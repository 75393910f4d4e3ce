"""Archive-sized batch runs on Dask: shards in, Parquet out."""
