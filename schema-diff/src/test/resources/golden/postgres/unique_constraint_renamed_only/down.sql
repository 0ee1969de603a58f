-- Rename constraint uk6dotkott2kjsp8vw4d0m25fb7 of app_user to app_user_email_key
ALTER TABLE "app_user" RENAME CONSTRAINT "uk6dotkott2kjsp8vw4d0m25fb7" TO "app_user_email_key";
