-- Drop unique constraint uk6dotkott2kjsp8vw4d0m25fb7 of app_user
ALTER TABLE "app_user" DROP CONSTRAINT "uk6dotkott2kjsp8vw4d0m25fb7";

-- Drop unique constraint uktenant_email of app_user
ALTER TABLE "app_user" DROP CONSTRAINT "uktenant_email";
