-- One PostgreSQL server, one database per service that owns data (each subgraph owns its own).
CREATE DATABASE catalogue;
CREATE DATABASE cases;
CREATE DATABASE queue;
CREATE DATABASE audit;
