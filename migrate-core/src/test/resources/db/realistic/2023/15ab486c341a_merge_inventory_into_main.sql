-- revision: 15ab486c341a
-- message: merge inventory into main
-- revises: 7a473e566b5f, b1e4ff188ac7

--migrate:upgrade
