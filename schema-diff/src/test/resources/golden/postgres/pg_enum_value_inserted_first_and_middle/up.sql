-- Add value LOWEST to enum type priority
ALTER TYPE "priority" ADD VALUE 'LOWEST' BEFORE 'LOW';

-- Add value MEDIUM to enum type priority
ALTER TYPE "priority" ADD VALUE 'MEDIUM' AFTER 'LOW';
